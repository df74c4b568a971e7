"""The admin site: support needs are for superusers only; consent answers are read-only."""

import pytest
from django.contrib.auth.models import Permission

from participants.models import Consent
from tests.factories import UserFactory
from tests.participants.people import consent_for, needs_for

NEEDS = "/admin/participants/supportneeds/"
CONSENTS = "/admin/participants/consent/"


@pytest.fixture
def site_staff(db):
    """A staff account given every permission on support needs and consent, but not superuser."""
    user = UserFactory(is_staff=True)
    user.user_permissions.set(
        Permission.objects.filter(content_type__model__in=["supportneeds", "consent"])
    )
    return user


def test_superusers_can_read_support_needs(cast, client):
    needs = needs_for(cast.participants["young_person"], childcare=True)
    client.force_login(UserFactory(is_staff=True, is_superuser=True))
    assert client.get(NEEDS).status_code == 200
    assert client.get(f"{NEEDS}{needs.pk}/change/").status_code == 200


def test_staff_accounts_cannot_read_support_needs_whatever_their_permissions(
    cast, client, site_staff
):
    needs = needs_for(cast.participants["young_person"], childcare=True)
    client.force_login(site_staff)
    assert client.get(NEEDS).status_code == 403
    assert client.get(f"{NEEDS}{needs.pk}/change/").status_code == 403
    assert "Support needs" not in client.get("/admin/").content.decode()


def test_consent_answers_can_be_read_but_not_edited_or_added(cast, client, site_staff):
    consent = consent_for(cast.participants["young_person"], "photos", "public")
    client.force_login(site_staff)
    assert client.get(CONSENTS).status_code == 200
    page = client.get(f"{CONSENTS}{consent.pk}/change/")
    assert page.status_code == 200
    assert "Can photos of you be used?" in page.content.decode()
    client.post(f"{CONSENTS}{consent.pk}/change/", {"level": "no"})
    consent.refresh_from_db()
    assert consent.level == "public"
    assert client.get(f"{CONSENTS}add/").status_code == 403


def test_only_superusers_delete_consent_answers(cast, client, site_staff):
    consent = consent_for(cast.participants["young_person"], "photos", "public")
    client.force_login(site_staff)
    assert client.post(f"{CONSENTS}{consent.pk}/delete/", {"post": "yes"}).status_code == 403
    assert Consent.objects.filter(pk=consent.pk).exists()
