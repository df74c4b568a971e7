"""The concern register and a concern's chronology: for the safeguarding leads only, every
look and every change written to the audit trail."""

import pytest
from django.urls import reverse
from django.utils import timezone

from projects.models import AuditEntry
from sessions.models import Concern, ConcernAction, Referral
from tests.factories import UserFactory
from tests.sessions.safeguarding import WORDS, name_leads, raise_concern

pytestmark = pytest.mark.django_db
NOT_LEADS = ["lead", "local_lead", "young_person", "staff"]


@pytest.fixture
def concern(cast):
    name_leads(cast, "facilitator", "manager")
    return raise_concern(cast, category=Concern.Category.CONDUCT)


def _url(cast, name, concern=None, **more):
    kwargs = {"slug": cast.project.slug} | ({"pk": concern.pk} if concern else {}) | more
    return reverse(name, kwargs=kwargs)


def test_a_lead_sees_the_register(client_as, cast, concern):
    page = client_as("facilitator").get(_url(cast, "safeguarding:home")).content.decode()
    assert f"Concern {concern.pk}" in page
    assert "Open (1)" in page and "Closed (0)" in page
    assert "Zebra" not in page


def test_a_lead_reads_the_chronology_and_it_is_audited(client_as, cast, concern):
    page = client_as("manager").get(_url(cast, "safeguarding:concern", concern)).content.decode()
    assert WORDS in page
    assert "Refer to The council" in page and "designated officer" in page
    entry = AuditEntry.objects.get(action="concern_view")
    assert entry.actor == cast.manager and entry.target_id == str(concern.pk)


@pytest.mark.parametrize("who", NOT_LEADS)
@pytest.mark.parametrize("name", ["safeguarding:home", "safeguarding:concern"])
def test_other_members_are_refused(client_as, cast, concern, who, name):
    url = _url(cast, name, concern if name.endswith("concern") else None)
    assert client_as(who).get(url).status_code == 403
    assert not AuditEntry.objects.filter(action="concern_view").exists()


def test_a_site_administrator_is_refused(client, cast, concern):
    client.force_login(UserFactory(is_staff=True, is_superuser=True))
    assert client.get(_url(cast, "safeguarding:concern", concern)).status_code == 403


def test_outsiders_and_anonymous_visitors(client, client_as, cast, concern):
    url = _url(cast, "safeguarding:concern", concern)
    assert client.get(url).status_code == 302
    assert client_as("outsider").get(url).status_code == 404


def test_a_concern_of_another_project_is_not_found(client_as, cast, concern):
    url = reverse("safeguarding:concern", kwargs={"slug": cast.project.slug, "pk": concern.pk + 99})
    assert client_as("facilitator").get(url).status_code == 404


def test_a_lead_records_an_action(client_as, cast, concern):
    url = _url(cast, "safeguarding:action_new", concern)
    client = client_as("facilitator")
    assert client.get(url).status_code == 200
    response = client.post(
        url, {"what": "Phoned his social worker", "done_by": "Sam", "done_at": "2026-12-04T10:30"}
    )
    assert response.status_code == 302
    action = ConcernAction.objects.get()
    assert action.done_by == "Sam" and action.recorded_by == cast.facilitator
    assert AuditEntry.objects.filter(action="concern_action_add").count() == 1
    page = client.get(_url(cast, "safeguarding:concern", concern)).content.decode()
    assert "Phoned his social worker" in page


def test_an_action_needs_what_was_done(client_as, cast, concern):
    url = _url(cast, "safeguarding:action_new", concern)
    response = client_as("facilitator").post(url, {"what": "", "done_by": "Sam", "done_at": ""})
    page = response.content.decode()
    assert response.status_code == 200
    assert "Say what was done." in page and "Enter when it was done." in page
    assert not ConcernAction.objects.exists()


def test_a_lead_records_a_referral_and_marks_one_made(client_as, cast, concern):
    client = client_as("manager")
    url = _url(cast, "safeguarding:referral_new", concern)
    response = client.post(url, {"to": "Police Scotland", "due_on": "2026-12-08", "note": ""})
    assert response.status_code == 302
    officer = concern.referrals.get(to__contains="designated officer")
    made = _url(cast, "safeguarding:referral_made", concern, referral_pk=officer.pk)
    assert client.post(made, {"made_on": "2026-12-07"}).status_code == 302
    officer.refresh_from_db()
    assert officer.made_on.isoformat() == "2026-12-07"
    assert Referral.objects.count() == 2


def test_a_referral_needs_who_to(client_as, cast, concern):
    url = _url(cast, "safeguarding:referral_new", concern)
    response = client_as("manager").post(url, {"to": " ", "due_on": "not a day"})
    assert "Say who the concern is referred to." in response.content.decode()
    assert Referral.objects.count() == 1


def test_marking_a_referral_made_needs_a_day(client_as, cast, concern):
    officer = concern.referrals.get()
    made = _url(cast, "safeguarding:referral_made", concern, referral_pk=officer.pk)
    client = client_as("manager")
    response = client.post(made, {"made_on": ""}, follow=True)
    assert "Enter the day it was made." in response.content.decode()
    officer.refresh_from_db()
    assert officer.made_on is None
    assert client.get(made).status_code == 405


def test_a_late_referral_shows_as_late(client_as, cast, concern):
    concern.referrals.update(due_on=timezone.localdate() - timezone.timedelta(days=2))
    page = client_as("manager").get(_url(cast, "safeguarding:concern", concern)).content.decode()
    assert "this is late" in page
    register = client_as("manager").get(_url(cast, "safeguarding:home")).content.decode()
    assert "(1 late)" in register


def test_a_lead_closes_a_concern_with_a_note(client_as, cast, concern):
    client = client_as("facilitator")
    url = _url(cast, "safeguarding:close", concern)
    assert client.post(url, {"closing_note": ""}).status_code == 200
    concern.refresh_from_db()
    assert concern.is_open
    assert client.post(url, {"closing_note": "Social work have it."}).status_code == 302
    concern.refresh_from_db()
    assert concern.status == Concern.Status.CLOSED and concern.closed_by == cast.facilitator
    page = client.get(_url(cast, "safeguarding:home") + "?status=closed").content.decode()
    assert f"Concern {concern.pk}" in page
    assert client.get(url).status_code == 302  # already closed


@pytest.mark.parametrize(
    "name", ["safeguarding:action_new", "safeguarding:referral_new", "safeguarding:close"]
)
def test_other_members_may_not_change_a_concern(client_as, cast, concern, name):
    response = client_as("lead").post(_url(cast, name, concern), {"closing_note": "x"})
    assert response.status_code == 403
    assert client_as("lead").put(_url(cast, name, concern)).status_code == 405
    concern.refresh_from_db()
    assert concern.is_open


def test_the_register_stays_within_its_query_budget(
    client_as, cast, concern, django_assert_max_num_queries
):
    client = client_as("facilitator")
    url = _url(cast, "safeguarding:home")
    client.get(url)
    for _ in range(30):
        raise_concern(cast)
    with django_assert_max_num_queries(20):
        assert client.get(url).status_code == 200
