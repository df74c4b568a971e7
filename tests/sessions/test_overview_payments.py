"""The overview: a person's claims to make and waiting; for leads, claims waiting and late."""

import pytest

from tests.sessions.payments import add_rate, came_to, make_claim


def overview(client, project):
    return client.get(project.get_absolute_url()).content.decode()


def test_a_person_sees_sessions_they_can_claim_for(cast, client_as):
    add_rate(cast.project, roles=["young_person"])
    came_to(cast.participants["young_person"])
    assert "You can claim for 1 session you came to." in overview(
        client_as("young_person"), cast.project
    )


@pytest.mark.parametrize("who", ["facilitator", "local_lead", "staff", "manager"])
def test_a_role_the_rate_card_does_not_pay_is_not_told_to_claim(cast, client_as, who):
    add_rate(cast.project, roles=["young_person"])
    came_to(cast.participants[who])
    body = overview(client_as(who), cast.project)
    assert "You can claim for" not in body and "Your payments" not in body


def test_once_the_rate_card_pays_their_role_they_are_told_to_claim(cast, client_as):
    add_rate(cast.project, roles=["young_person"])
    came_to(cast.participants["staff"])
    client = client_as("staff")
    assert "You can claim for" not in overview(client, cast.project)
    add_rate(cast.project, roles=["staff"])
    assert "You can claim for 1 session you came to." in overview(client, cast.project)


def test_a_person_sees_their_claims_waiting(cast, client_as):
    add_rate(cast.project)
    make_claim(cast.participants["young_person"])
    body = overview(client_as("young_person"), cast.project)
    assert "1 of your claims is waiting to be paid." in body


def test_nothing_to_claim_nothing_shown(cast, client_as):
    assert "Your payments" not in overview(client_as("young_person"), cast.project)


def test_leads_see_claims_waiting_and_past_the_target(cast, client_as):
    add_rate(cast.project)
    young = cast.participants["young_person"]
    make_claim(young, came_to(young, days=-30))
    body = overview(client_as("lead"), cast.project)
    assert "1 claim to decide and 0 to pay" in body
    assert "1 past the target of 14 days" in body


@pytest.mark.parametrize("who", ["facilitator", "staff", "young_person"])
def test_others_do_not_see_the_queue(cast, client_as, who):
    add_rate(cast.project)
    make_claim(cast.participants["young_person"])
    assert "to decide and" not in overview(client_as(who), cast.project)
