"""What an inquiry into an allegation found is recorded when the concern closes: it decides how
long the concern is kept (see sessions/safeguarding/retention.py)."""

import pytest
from django.urls import reverse

from sessions.models import Concern
from tests.sessions.safeguarding import name_leads, raise_concern

pytestmark = pytest.mark.django_db


@pytest.fixture
def concern(cast):
    name_leads(cast, "facilitator")
    return raise_concern(cast, category=Concern.Category.CONDUCT)


def close_url(cast, concern):
    return reverse("safeguarding:close", kwargs={"slug": cast.project.slug, "pk": concern.pk})


def test_closing_records_what_was_found(client_as, cast, concern):
    response = client_as("facilitator").post(
        close_url(cast, concern), {"closing_note": "Looked into it.", "finding": "unfounded"}
    )
    assert response.status_code == 302
    concern.refresh_from_db()
    assert (concern.status, concern.finding) == (Concern.Status.CLOSED, "unfounded")
    page = client_as("facilitator").get(response["Location"]).content.decode()
    assert "Found: Unfounded: nothing to support it." in page


def test_a_finding_is_optional(client_as, cast, concern):
    client_as("facilitator").post(close_url(cast, concern), {"closing_note": "Resolved."})
    concern.refresh_from_db()
    assert (concern.status, concern.finding) == (Concern.Status.CLOSED, "")


def test_an_unknown_finding_changes_nothing(client_as, cast, concern):
    response = client_as("facilitator").post(
        close_url(cast, concern), {"closing_note": "Resolved.", "finding": "maybe"}
    )
    assert response.status_code == 200
    concern.refresh_from_db()
    assert concern.status == Concern.Status.OPEN
