"""A certificate of involvement: the person's own from /me/, or printed by a lead."""

import pytest

from projects.roles import MemberStatus
from tests.factories import ParticipantFactory
from tests.projects.outcome_data import add_outcome, agree
from tests.sessions.conftest import make_session, reply


def mine(project):
    return f"/me/certificates/{project.slug}/"


def theirs(project, participant):
    return f"/projects/{project.slug}/report/certificates/{participant.pk}/"


@pytest.fixture
def involved(cast):
    jay = cast.participants["young_person"]
    jay.in_working_group = True
    jay.save()
    reply(
        make_session(cast.project, title="First workshop", days=-20, length=2),
        jay,
        "yes",
        attended=True,
    )
    reply(
        make_session(cast.project, title="Mapping day", days=-10, length=3),
        jay,
        "yes",
        attended=True,
    )
    reply(make_session(cast.project, title="Missed it", days=-5), jay, "yes", attended=False)
    reply(
        make_session(cast.project, title="Snowed off", days=-3, status="cancelled"),
        jay,
        "yes",
        attended=True,
    )
    agree(add_outcome(cast.project, cast.lead, title="Friends' pack adopted"), cast.manager)
    add_outcome(cast.project, cast.lead, title="Not agreed yet")
    return cast


def test_a_young_person_downloads_their_certificate(involved, client_as):
    body = client_as("young_person").get(mine(involved.project)).content.decode()
    assert (
        "Certificate of involvement" in body
        and involved.participants["young_person"].display_name in body
    )
    assert "Came to 2 sessions, 5.0 hours in all." in body
    assert "First workshop" in body and "Mapping day" in body
    assert "Missed it" not in body and "Snowed off" not in body
    assert "Working group member" in body and "Young person" in body
    assert "Friends&#x27; pack adopted" in body and "Not agreed yet" not in body
    assert "css/report.css" in body


def test_me_links_to_it(involved, client_as):
    body = client_as("young_person").get("/me/").content.decode()
    assert mine(involved.project) in body


def test_no_data_gives_a_helpful_certificate(cast, client_as):
    body = client_as("staff").get(mine(cast.project)).content.decode()
    assert "No sessions are recorded yet." in body and "No outcomes agreed yet." in body


def test_a_lead_prints_one_for_someone_offline(cast, client_as):
    kirsty = ParticipantFactory(
        project=cast.project, user=None, display_name="Kirsty", role="young_person"
    )
    reply(make_session(cast.project, days=-4, length=2), kirsty, "yes", attended=True)
    body = client_as("lead").get(theirs(cast.project, kirsty)).content.decode()
    assert "Kirsty" in body and "Came to 1 session, 2.0 hours in all." in body
    person_page = client_as("lead").get(f"/projects/{cast.project.slug}/people/{kirsty.pk}/")
    assert theirs(cast.project, kirsty) in person_page.content.decode()


@pytest.mark.parametrize("who", ["local_lead", "facilitator", "young_person", "staff", "manager"])
def test_only_leads_print_other_people_s_certificates(cast, client_as, who):
    other = cast.participants["young_person" if who != "young_person" else "staff"]
    assert client_as(who).get(theirs(cast.project, other)).status_code == 403


def test_someone_who_left_keeps_their_certificate(cast, client_as):
    left = cast.participants["manager"]
    left.status = MemberStatus.LEFT
    left.save()
    assert client_as("manager").get(mine(cast.project)).status_code == 200


def test_outsiders_anonymous_and_post(cast, client, client_as):
    assert client.get(mine(cast.project))["Location"].startswith("/accounts/login/")
    assert client_as("outsider").get(mine(cast.project)).status_code == 404
    assert client_as("lead").post(mine(cast.project)).status_code == 405


def test_someone_offline_in_the_working_group_is_named_a_member(cast, client_as):
    kirsty = ParticipantFactory(
        project=cast.project, user=None, display_name="Kirsty", in_working_group=True
    )
    body = client_as("lead").get(theirs(cast.project, kirsty)).content.decode()
    assert "Member of the working group" in body
    assert "Keep it as an Open Badge" not in body, "only the person gets their own badge"
