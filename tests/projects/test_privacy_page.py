"""/projects/<slug>/privacy/: what the project keeps, why, who sees it and for how long."""

import re

import pytest

from projects.models import Organisation, Partner, RetentionOverride
from projects.registries.retention import retention
from projects.retention.privacy import roles_allowed
from sessions.models import SessionPhoto
from tests.factories import ParticipantFactory
from tests.helpers import assert_query_budget
from tests.sessions.conftest import consent, make_session
from tests.sessions.safeguarding import raise_concern
from tests.sessions.test_retention_records import photo_of

URL = "/projects/care-leavers/privacy/"


def test_it_lists_every_record_type_for_the_lead(client_as):
    response = client_as("lead").get(URL)
    assert response.status_code == 200
    page = response.content.decode()
    for record_type in retention.all():
        assert record_type.name.replace("'", "&#x27;") in page
    assert "6 years after the end of the tax year" in page


def test_who_sees_comes_from_the_rules(cast, client_as):
    # Claims: the claimant and the project lead; the page says leads for this project.
    assert roles_allowed("workshops.view_claim", cast.project) == ["project leads"]
    assert len(roles_allowed("workshops.view_photo", cast.project)) == 6
    assert roles_allowed("workshops.handle_concerns", cast.project) == []
    support = retention.get("support_needs")
    seen_by = roles_allowed(support.permission, cast.project, support.example)
    assert "young people" not in seen_by
    assert "project leads" in seen_by


def test_asking_the_rules_leaves_the_project_alone(cast):
    before = cast.project.__dict__.get("_membership_cache", {}).copy()
    roles_allowed("workshops.view_photo", cast.project)
    assert cast.project.__dict__.get("_membership_cache", {}) == before


def test_it_shows_the_organisation_period(cast, client_as):
    council = Organisation.objects.create(name="Argyll Council")
    Partner.objects.create(project=cast.project, organisation=council, roles=["lead"])
    RetentionOverride.objects.create(organisation=council, record_key="support_needs", months=3)
    page = client_as("lead").get(URL).content.decode()
    assert "3 months after the project ends (your organisation's period" in page


def test_it_sends_anonymous_people_to_sign_in(client_as):
    response = client_as("anonymous").get(URL)
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]


def test_it_hides_the_project_from_outsiders(client_as):
    assert client_as("outsider").get(URL).status_code == 404


@pytest.mark.parametrize("who", ["local_lead", "facilitator", "young_person", "staff", "manager"])
def test_it_refuses_members_who_are_not_leads(client_as, who):
    assert client_as(who).get(URL).status_code == 403


def test_it_rejects_post(client_as):
    assert client_as("lead").post(URL).status_code == 405


def test_it_holds_at_few_queries(client_as, django_assert_max_num_queries):
    client = client_as("lead")
    with django_assert_max_num_queries(30):
        client.get(URL)


def held_on_page(page):
    return dict(re.findall(r'data-held="(\w+)">(\w+)<', page))


def test_it_counts_what_the_project_holds_now_but_never_its_concerns(cast, client_as):
    session = make_session(cast.project)
    people = [ParticipantFactory(project=cast.project, role="staff") for _ in range(3)]
    consent(people[0], "photos", "reports")
    photo_of(session, people[0])
    photo_of(session)
    photo_of(session, people[0], people[1])  # the narrowest consent: inside the project
    raise_concern(cast, who="young_person")
    held = held_on_page(client_as("lead").get(URL).content.decode())
    assert (held["photos_inside"], held["photos_reports"], held["photos_public"]) == (
        "2",
        "1",
        "None",
    )
    assert held["outcome_photos"] == "None"
    assert not any(key.startswith("concerns") for key in held)


def test_counting_asks_the_same_queries_for_3_photos_and_for_50(cast, client_as):
    session = make_session(cast.project)
    client = client_as("lead")

    def grow(size):
        while SessionPhoto.objects.count() < size:
            person = ParticipantFactory(project=cast.project, role="staff")
            consent(person, "photos", "public")
            photo_of(session, person)

    def fetch():
        response = client.get(URL)
        assert held_on_page(response.content.decode())["photos_public"] == str(
            SessionPhoto.objects.count()
        )
        return response

    assert_query_budget(fetch=fetch, grow=grow, budget=30)
