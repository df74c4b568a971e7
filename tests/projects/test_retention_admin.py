"""An organisation's own retention periods, set in the admin by site administrators."""

import pytest

from projects.models import AuditEntry, Organisation, RetentionOverride
from tests.factories import UserFactory

ADD = "/admin/projects/retentionoverride/add/"


@pytest.fixture
def signed_in_admin(client, db):
    admin = UserFactory(is_staff=True, is_superuser=True)
    client.force_login(admin)
    return admin


def test_site_staff_lengthen_a_period(client, signed_in_admin):
    council = Organisation.objects.create(name="Argyll Council")
    response = client.post(
        ADD,
        {"organisation": council.pk, "record_key": "claims", "months": 120, "reason": "Policy."},
    )
    assert response.status_code == 302
    override = RetentionOverride.objects.get()
    assert (override.months, override.changed_by) == (120, signed_in_admin)
    assert AuditEntry.objects.filter(action="retention_period_set").exists()


def test_finance_cannot_go_below_its_legal_floor(client, signed_in_admin):
    council = Organisation.objects.create(name="Argyll Council")
    response = client.post(ADD, {"organisation": council.pk, "record_key": "claims", "months": 12})
    assert response.status_code == 200
    assert "at least 6 years" in response.content.decode()
    assert not RetentionOverride.objects.exists()


def test_the_page_is_for_staff_only(client, db):
    client.force_login(UserFactory())
    assert client.get(ADD).status_code == 302
