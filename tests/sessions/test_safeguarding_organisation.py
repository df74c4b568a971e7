"""An organisation's safeguarding leads: its leads name them at
/organisations/<slug>/safeguarding-leads/; they are told of, read and act on the concerns of
every project the organisation leads, whether or not they take part in it, and see them
together at /organisations/<slug>/concerns/. Nothing else of those projects opens to them."""

import pytest
from django.test import Client
from django.utils import timezone

from participants.models import Notification
from projects.models import AuditEntry, OrganisationMember
from sessions.models import Concern
from tests.factories import OrganisationMemberFactory, ProjectFactory, UserFactory
from tests.helpers import assert_query_budget
from tests.sessions.safeguarding import WORDS, name_leads, raise_concern

LEADS = "/organisations/argyll-council/safeguarding-leads/"
CONCERNS = "/organisations/argyll-council/concerns/"


def signed_in(user):
    client = Client()
    client.force_login(user)
    return client


def concern_url(cast, concern, tail=""):
    return f"/projects/{cast.project.slug}/safeguarding/concerns/{concern.pk}/{tail}"


# A concern raised in the project.


def test_they_are_told_a_concern_needs_them_without_its_words(cast, ann):
    name_leads(cast, "staff")
    raise_concern(cast)
    notice = Notification.objects.get(user=ann)
    assert notice.subject == "A new concern needs you"
    assert "Zebra" not in f"{notice.subject} {notice.body}"
    assert Notification.objects.filter(user=cast.staff).count() == 1


def test_the_person_raising_it_is_told_who_reads_it(cast, ann, client_as):
    name_leads(cast, "staff")
    page = client_as("young_person").get(f"/projects/{cast.project.slug}/safeguarding/worried/")
    body = page.content.decode()
    assert (
        "<strong>Frontline staff</strong> and <strong>Ann Officer (Argyll Council)</strong>" in body
    )


def test_they_read_and_act_on_it_and_each_look_is_recorded(cast, ann):
    concern = raise_concern(cast)
    client = signed_in(ann)
    page = client.get(concern_url(cast, concern))
    assert page.status_code == 200 and "Zebra-words" in page.content.decode()
    assert "Concerns in Argyll Council's projects" in page.content.decode()
    assert AuditEntry.objects.filter(action="concern_view", actor=ann).exists()
    done_at = timezone.localtime().strftime("%Y-%m-%dT%H:%M")
    response = client.post(
        concern_url(cast, concern, "action/"),
        {"what": "Phoned the young person's worker.", "done_by": "Ann", "done_at": done_at},
    )
    assert response.status_code == 302
    assert concern.actions.get().what == "Phoned the young person's worker."
    register = client.get(f"/projects/{cast.project.slug}/safeguarding/")
    assert register.status_code == 200 and "Vetting checks" not in register.content.decode()


@pytest.mark.parametrize(
    "tail", ["", "members/", "safeguarding/vetting/", "safeguarding/worried/", "sessions/"]
)
def test_nothing_else_of_the_project_opens_to_them(cast, ann, tail):
    assert signed_in(ann).get(f"/projects/{cast.project.slug}/{tail}").status_code == 404


def test_one_of_another_organisation_never_learns_the_concern_is_there(cast, ann):
    concern = raise_concern(cast)
    other = OrganisationMemberFactory(is_lead=False, is_safeguarding_lead=True).user
    assert signed_in(other).get(concern_url(cast, concern)).status_code == 404


def test_no_longer_named_they_lose_the_concerns_at_once(cast, council, ann):
    concern = raise_concern(cast)
    client = signed_in(ann)
    assert client.get(concern_url(cast, concern)).status_code == 200
    response = signed_in(cast.manager).post(LEADS, {"places": []})
    assert response.status_code == 302
    assert client.get(concern_url(cast, concern)).status_code == 404
    assert AuditEntry.objects.filter(action="organisation_safeguarding_lead_remove").count() == 1


def test_removed_from_the_organisation_in_the_admin_they_lose_them_at_once(cast, ann):
    concern = raise_concern(cast)
    client = signed_in(ann)
    assert client.get(concern_url(cast, concern)).status_code == 200
    OrganisationMember.objects.filter(user=ann).delete()
    assert client.get(concern_url(cast, concern)).status_code == 404


# Naming them.


def test_the_organisations_lead_names_them(cast, council):
    officer = UserFactory(display_name="Bea")
    place = OrganisationMemberFactory(organisation=council, user=officer, is_lead=False)
    client = signed_in(cast.manager)
    page = client.get(LEADS).content.decode()
    assert "Support for care leavers" in page and "Bea" in page
    assert client.post(LEADS, {"places": [place.pk]}).status_code == 302
    place.refresh_from_db()
    assert place.is_safeguarding_lead
    assert officer.has_perm("workshops.handle_concerns", cast.project)
    assert AuditEntry.objects.filter(action="organisation_safeguarding_lead_add").count() == 1
    assert client.post(LEADS, {"places": [place.pk]}).status_code == 302, "again: no change"
    assert AuditEntry.objects.filter(action="organisation_safeguarding_lead_add").count() == 1


def test_someone_outside_the_organisation_cannot_be_named(cast, council, ann):
    stranger = OrganisationMemberFactory(is_safeguarding_lead=False)
    response = signed_in(cast.manager).post(LEADS, {"places": [stranger.pk]})
    assert response.status_code == 422
    assert "Choose people of the organisation from the list." in response.content.decode()
    assert list(OrganisationMember.objects.filter(is_safeguarding_lead=True)) == [
        OrganisationMember.objects.get(user=ann)
    ]


@pytest.mark.parametrize("url", [LEADS, CONCERNS])
def test_anonymous_visitors_are_sent_to_sign_in(council, url):
    response = Client().get(url)
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


@pytest.mark.parametrize("who", ["outsider", "young_person", "lead"])
def test_people_outside_the_organisation_never_learn_the_pages_are_there(
    cast, council, client_as, who
):
    client = client_as(who)
    assert client.get(LEADS).status_code == 404
    assert client.post(LEADS, {"places": []}).status_code == 404
    assert client.get(CONCERNS).status_code == 404


def test_the_organisations_other_people_are_told_they_may_not(cast, council, ann):
    staff = signed_in(cast.staff)
    assert staff.get(LEADS).status_code == 403
    assert staff.post(LEADS, {"places": []}).status_code == 403
    assert staff.get(CONCERNS).status_code == 403
    assert signed_in(ann).get(LEADS).status_code == 403
    assert signed_in(cast.manager).get(CONCERNS).status_code == 403
    assert OrganisationMember.objects.filter(is_safeguarding_lead=True).count() == 1


def test_wrong_methods_are_refused(cast, council, ann):
    assert signed_in(cast.manager).put(LEADS).status_code == 405
    assert signed_in(ann).post(CONCERNS).status_code == 405


# All their concerns, together.


def test_they_see_the_concerns_of_every_project_the_organisation_leads(cast, council, ann):
    raise_concern(cast)
    closed = raise_concern(cast, category=Concern.Category.CONDUCT)
    Concern.objects.filter(pk=closed.pk).update(status=Concern.Status.CLOSED)
    elsewhere = ProjectFactory(title="Somewhere else")
    client = signed_in(ann)
    page = client.get(CONCERNS).content.decode()
    assert "Open (1)" in page and "Closed (1)" in page
    assert "Support for care leavers" in page and elsewhere.title not in page
    assert WORDS not in page and "Zebra" not in page
    assert "Concerns in Argyll Council" in client.get("/me/").content.decode()


def test_the_list_asks_the_same_queries_for_3_concerns_and_for_50(cast, council, ann):
    client = signed_in(ann)

    def grow(size):
        while Concern.objects.count() < size:
            raise_concern(cast)

    assert_query_budget(fetch=lambda: client.get(CONCERNS), grow=grow, budget=12)
