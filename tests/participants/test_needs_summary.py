"""/projects/<slug>/needs/: counts and a per-person table for planning support."""

import re

import pytest
from django.utils import timezone

from participants import consent_texts
from participants.models import Consent, Participant
from participants.seed.scale import bulk_members, bulk_needs, bulk_users
from participants.views import needs as needs_views
from projects.roles import Role
from tests.factories import ParticipantFactory
from tests.helpers import assert_paged_at_scale, assert_query_budget
from tests.participants.people import (
    another_young_person,
    consent_for,
    invitee_of_local_lead,
    needs_for,
    offline_person,
)

URL = "/projects/care-leavers/needs/"


def count_of(body, label):
    row = rf'<th scope="row" class="fw-normal">{re.escape(label)}</th>'
    match = re.search(row + r'<td class="text-end" data-label="People">(\d+)</td>', body)
    assert match, label
    return int(match.group(1))


@pytest.fixture
def planned(cast):
    """Jay: childcare, evenings only. Robyn: evenings and weekends, step-free. Kirsty (invited
    by the local lead): travel, nut allergy. Staff: weekdays. Shona (offline): not told yet."""
    needs_for(
        cast.participants["young_person"],
        childcare=True,
        availability=["evenings"],
        preferred_contact="text",
        phone="07700 900123",
    )
    consent_for(cast.participants["young_person"], "contact", "yes")
    needs_for(
        another_young_person(cast), availability=["evenings", "weekends"], access=["step_free"]
    )
    needs_for(invitee_of_local_lead(cast), travel=True, dietary="Nut allergy")
    needs_for(cast.participants["staff"], availability=["weekday_daytime"])
    offline_person(cast)


@pytest.mark.parametrize("who", ["lead", "facilitator"])
def test_leads_and_facilitators_see_counts_and_everyone(cast, client_as, planned, who):
    response = client_as(who).get(URL)
    assert response.status_code == 200
    body = response.content.decode()
    assert count_of(body, "Need childcare") == 1
    assert count_of(body, "Can come in the evening") == 2
    assert count_of(body, "Can only come in the evening") == 1
    assert count_of(body, "Need step-free access") == 1
    assert count_of(body, "Need help with travel") == 1
    assert count_of(body, "Have food they cannot eat") == 1
    assert count_of(body, "Can come on weekdays in the daytime") == 1
    assert "4 of 9 people have told us" in body
    for name in ("Robyn", "Kirsty", "Shona", "Nut allergy", "07700 900123"):
        assert name in body


def test_the_tables_have_captions_and_headers(cast, client_as, planned):
    body = client_as("lead").get(URL).content.decode()
    assert body.count("<caption") == 2
    assert '<th scope="col">Name</th>' in body
    assert '<th scope="row">' in body
    assert 'role="region" aria-labelledby="people-heading" tabindex="0"' in body


def test_a_local_lead_sees_only_the_people_they_invited(cast, client_as, planned):
    body = client_as("local_lead").get(URL).content.decode()
    assert "Kirsty" in body and "Nut allergy" in body
    for hidden in ("Robyn", "07700 900123", "Shona"):
        assert hidden not in body
    assert count_of(body, "Need childcare") == 0
    assert count_of(body, "Need help with travel") == 1
    assert "1 of 1 person has told us" in body


def test_contact_details_are_hidden_from_people_who_did_not_say_yes_to_contact(
    cast, client_as, planned
):
    jay = cast.participants["young_person"]
    jay.consents.update(withdrawn_at=timezone.now())
    body = client_as("lead").get(URL).content.decode()
    assert "07700 900123" not in body
    assert "Do not contact" in body


def test_needs_of_someone_who_said_no_to_using_their_information_are_left_out(
    cast, client_as, planned
):
    consent_for(cast.participants["young_person"], "data", "no")
    body = client_as("lead").get(URL).content.decode()
    assert "Said no to us using their information" in body
    assert count_of(body, "Need childcare") == 0
    assert "07700 900123" not in body
    assert "1 said no to us using their information" in body


def test_people_who_left_are_not_planned_for(cast, client_as, planned):
    Participant.objects.filter(display_name="Robyn").update(status="left")
    body = client_as("lead").get(URL).content.decode()
    assert "Robyn" not in body
    assert count_of(body, "Need step-free access") == 0


def test_people_in_other_projects_never_appear(cast, client_as, planned):
    stranger = ParticipantFactory(display_name="Stranger Danger")
    needs_for(stranger, childcare=True)
    body = client_as("lead").get(URL).content.decode()
    assert "Stranger Danger" not in body
    assert count_of(body, "Need childcare") == 1


def test_the_team_gets_links_to_type_in_answers_only_for_people_offline(cast, client_as, planned):
    body = client_as("lead").get(URL).content.decode()
    shona = Participant.objects.get(display_name="Shona")
    assert f"/projects/care-leavers/needs/{shona.pk}/" in body
    assert f"/projects/care-leavers/consent/paper/{shona.pk}/" in body
    jay = cast.participants["young_person"]
    assert f"/projects/care-leavers/needs/{jay.pk}/" not in body


@pytest.mark.parametrize("who", ["young_person", "staff", "manager"])
def test_other_members_get_403_and_see_nothing(cast, client_as, planned, who):
    response = client_as(who).get(URL)
    assert response.status_code == 403
    assert "07700 900123" not in response.content.decode()


def with_answers(members):
    """Consent answers for `members`, varied: every third says no to us using their
    information, every other says yes to being contacted, the rest have not answered."""
    answers = [
        Consent(
            participant=member,
            purpose=purpose,
            level=level,
            text_shown=consent_texts.text_shown(purpose),
        )
        for index, member in enumerate(members)
        for purpose, level in (
            [("data", "no" if index % 3 == 0 else "yes")] + [("contact", "yes")] * (index % 2)
        )
    ]
    Consent.objects.bulk_create(answers)


def test_query_budget_holds_at_3_50_and_300_people(cast, client_as):
    client = client_as("lead")
    Participant.objects.filter(project=cast.project).exclude(role=Role.LEAD).delete()

    def grow(n):
        have = cast.project.participants.count()
        users = bulk_users([f"many{i}@example.org" for i in range(have, n)])
        members = bulk_members(cast.project, users)
        bulk_needs(members)
        with_answers(members)

    # The table's page takes two (its ids, then those people with their needs and accounts).
    assert_query_budget(fetch=lambda: client.get(URL), grow=grow, budget=10, sizes=(3, 50, 300))


def test_searching_costs_one_query_more_however_many_match(cast, client_as):
    client = client_as("facilitator")

    def grow(n):
        have = cast.project.participants.count()
        users = bulk_users([f"many{i}@example.org" for i in range(have, n)])
        members = bulk_members(cast.project, users)
        bulk_needs(members)
        with_answers(members)

    assert_query_budget(
        fetch=lambda: client.get(URL, {"q": "person", "role": "young_person"}),
        grow=grow,
        budget=11,
        sizes=(3, 50, 300),
    )


def test_a_local_leads_query_budget_holds_too(cast, client_as):
    client = client_as("local_lead")

    def grow(n):
        while Participant.objects.filter(invited_by=cast.local_lead).count() < n:
            person = ParticipantFactory(project=cast.project, invited_by=cast.local_lead)
            needs_for(person, travel=True)

    assert_query_budget(fetch=lambda: client.get(URL), grow=grow, budget=10)


def test_a_page_of_2000_people_holds_50_rows_counts_everyone_and_costs_the_same_queries(
    cast, client_as
):
    client = client_as("lead")

    def grow(n):
        have = cast.project.participants.count()
        users = bulk_users([f"many{i}@example.org" for i in range(have, n)])
        bulk_needs(bulk_members(cast.project, users))

    response = assert_paged_at_scale(
        fetch=lambda: client.get(URL), grow=grow, row_marker='<th scope="row">', small_shown=6
    )
    body = response.content.decode()
    assert "Page 1 of 40" in body
    assert re.search(r"of 2000 people have told us what helps them take part", body)
    assert len(body) < 150_000


def test_it_finds_someones_needs_by_name_and_role(cast, client_as, planned):
    client = client_as("facilitator")
    body = client.get(URL, {"q": "young"}).content.decode()
    assert body.count('<th scope="row">') == 1
    assert "1 of" in body and "found." in body
    body = client.get(URL, {"role": "staff"}).content.decode()
    assert "Frontline staff" in body and body.count('<th scope="row">') == 1
    body = client.get(URL, {"q": "nobody at all"}).content.decode()
    assert "No one matches." in body
    # The numbers still count everyone.
    assert count_of(body, "Need childcare") == count_of(
        client.get(URL).content.decode(), "Need childcare"
    )


def test_the_search_ignores_capitals_and_narrows_by_role_and_name_together(
    cast, client_as, planned
):
    client = client_as("lead")
    body = client.get(URL, {"q": "rOBYN"}).content.decode()
    assert body.count('<th scope="row">') == 1 and "Step-free access" in body
    body = client.get(URL, {"q": "rob", "role": "staff"}).content.decode()
    assert "No one matches." in body
    body = client.get(URL, {"q": "rob", "role": "young_person"}).content.decode()
    assert "Robyn" in body and "1 of 9 found." in body


def test_the_search_finds_people_beyond_the_first_page(cast, client_as):
    client = client_as("lead")
    users = bulk_users([f"many{i}@example.org" for i in range(60)])
    bulk_needs(bulk_members(cast.project, users))
    zara = ParticipantFactory(project=cast.project, display_name="Zara")
    needs_for(zara, dietary="Coeliac")
    body = client.get(URL).content.decode()
    assert "Zara" not in body and "Page 1 of 2" in body
    body = client.get(URL, {"page": 2}).content.decode()
    assert "Zara" in body and "Coeliac" in body
    body = client.get(URL, {"q": "zar"}).content.decode()
    assert "Coeliac" in body and "1 of 67 found." in body


def test_the_permission_has_the_final_say_over_each_row(cast, client_as, planned, monkeypatch):
    """Should the query ever let in someone the local lead did not invite, their row is not
    shown."""
    monkeypatch.setattr(
        needs_views,
        "needs_visible_to",
        lambda user, project: Participant.objects.filter(project=project).order_by(
            "display_name", "pk"
        ),
    )
    body = client_as("local_lead").get(URL).content.decode()
    assert "Kirsty" in body and "Nut allergy" in body
    for hidden in ("Robyn", "Step-free access", "07700 900123", "Shona"):
        assert hidden not in body
