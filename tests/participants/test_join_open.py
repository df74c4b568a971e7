"""Joining with a project's open link: at once, or after a lead says yes."""

import pytest
from django.core import mail

from participants.models import Participant, User
from participants.services.join_settings import (
    project_open_join_new_code,
    project_people_settings_update,
)
from tests.helpers import follow_confirmation_link

NEWCOMER = {
    "role": "young_person",
    "display_name": "Sam",
    "email": "sam@example.org",
    "password1": "a-long-enough-passphrase",
    "password2": "a-long-enough-passphrase",
}


def open_link(project, by, *, approval, roles=("young_person", "staff")):
    project_people_settings_update(
        project=project,
        by=by,
        open_join_enabled=True,
        open_join_roles=list(roles),
        open_join_needs_approval=approval,
        local_lead_roles=["young_person", "staff"],
    )
    project.refresh_from_db()
    return f"/join/{project.open_join_code}/"


def test_the_link_shows_the_project_and_the_roles_on_offer(cast, client):
    url = open_link(cast.project, cast.lead, approval=True)
    body = client.get(url).content.decode()
    assert "Join Support for care leavers" in body
    assert 'value="young_person"' in body and 'value="staff"' in body
    assert 'value="manager"' not in body
    assert "A project lead will look at your request" in body


def sign_up_and_confirm(client, url):
    """A newcomer makes their account, finishes it from the emailed link, comes back to the
    link signed in and picks how they take part again."""
    response = client.post(url, NEWCOMER)
    assert response["Location"] == "/accounts/confirm-email/"
    assert not Participant.objects.filter(user__email="sam@example.org").exists()
    response = follow_confirmation_link(client, mail.outbox, "sam@example.org")
    assert response["Location"] == url
    return client.post(url, {"role": NEWCOMER["role"]})


def test_without_approval_a_newcomer_joins_once_their_address_is_checked(cast, client):
    url = open_link(cast.project, cast.lead, approval=False)
    response = sign_up_and_confirm(client, url)
    assert response["Location"] == "/projects/care-leavers/welcome/"
    participant = Participant.objects.get(user__email="sam@example.org")
    assert (participant.status, participant.role) == ("active", "young_person")
    assert client.get("/projects/care-leavers/").status_code == 200
    assert any(m.subject == "Codesign: Welcome to Support for care leavers" for m in mail.outbox)


def test_with_approval_a_newcomer_waits_and_cannot_see_the_project(cast, client):
    url = open_link(cast.project, cast.lead, approval=True)
    response = sign_up_and_confirm(client, url)
    assert response["Location"] == "/projects/care-leavers/people/waiting/"
    participant = Participant.objects.get(user__email="sam@example.org")
    assert participant.status == "pending"
    overview = client.get("/projects/care-leavers/")
    assert overview.status_code == 302
    assert overview["Location"] == "/projects/care-leavers/people/waiting/"
    assert client.get("/projects/care-leavers/people/").status_code == 404
    waiting = client.get(response["Location"]).content.decode()
    assert "Waiting for a yes" in waiting
    # The lead hears about it.
    to_lead = [m for m in mail.outbox if m.to == ["lead@example.org"]]
    assert to_lead and "Sam asked to join Support for care leavers" in to_lead[0].subject


def test_a_signed_in_person_asks_to_join_and_going_back_to_the_link_shows_they_are_waiting(
    cast, client
):
    url = open_link(cast.project, cast.lead, approval=True)
    client.force_login(cast.outsider)
    client.post(url, {"role": "staff"})
    assert Participant.objects.get(user=cast.outsider).status == "pending"
    response = client.get(url)
    assert response["Location"] == "/projects/care-leavers/people/waiting/"
    client.post(url, {"role": "staff"})
    assert Participant.objects.filter(user=cast.outsider).count() == 1


def test_asking_twice_tells_the_leads_once(cast, client):
    url = open_link(cast.project, cast.lead, approval=True)
    client.force_login(cast.outsider)
    client.post(url, {"role": "staff"})
    from participants.services.joining import open_join_request

    open_join_request(code=cast.project.open_join_code, user=cast.outsider, role="young_person")
    assert len([m for m in mail.outbox if m.to == ["lead@example.org"]]) == 1


def test_someone_told_not_for_now_may_ask_again(cast, client):
    url = open_link(cast.project, cast.lead, approval=True)
    cast.project.participants.create(
        user=cast.outsider, display_name="Outsider", role="staff", status="declined"
    )
    client.force_login(cast.outsider)
    body = client.get(url).content.decode()
    assert "You are welcome to ask again" in body
    client.post(url, {"role": "staff"})
    assert Participant.objects.get(user=cast.outsider).status == "pending"


def test_a_member_is_told_they_are_already_in(cast, client_as):
    url = open_link(cast.project, cast.lead, approval=False)
    response = client_as("young_person").get(url)
    assert "You are already in this project" in response.content.decode()


def test_a_role_must_be_chosen_from_those_on_offer(cast, client):
    url = open_link(cast.project, cast.lead, approval=False)
    response = client.post(url, {**NEWCOMER, "role": "facilitator"})
    assert response.status_code == 200
    assert "Select a valid choice" in response.content.decode()
    response = client.post(url, {**NEWCOMER, "role": ""})
    assert "Choose how you are taking part." in response.content.decode()
    assert not User.objects.filter(email="sam@example.org").exists()


def test_bad_sign_up_details_save_nothing(cast, client):
    url = open_link(cast.project, cast.lead, approval=False)
    response = client.post(url, {**NEWCOMER, "password2": "different-passphrase"})
    assert "The two passwords are different." in response.content.decode()
    assert not User.objects.filter(email="sam@example.org").exists()


def test_turning_the_link_off_stops_it_working_even_when_turned_on_again(cast, client):
    url = open_link(cast.project, cast.lead, approval=False)
    project_people_settings_update(
        project=cast.project,
        by=cast.lead,
        open_join_enabled=False,
        open_join_roles=["young_person"],
        open_join_needs_approval=False,
        local_lead_roles=["young_person"],
    )
    assert client.get(url).status_code == 404
    new_url = open_link(cast.project, cast.lead, approval=False)
    assert new_url != url
    assert client.get(url).status_code == 404
    assert client.get(new_url).status_code == 200


def test_a_new_code_stops_the_old_link_working(cast, client):
    url = open_link(cast.project, cast.lead, approval=False)
    project_open_join_new_code(project=cast.project, by=cast.lead)
    assert client.get(url).status_code == 404
    response = client.post(url, NEWCOMER)
    assert response.status_code == 404
    assert not User.objects.filter(email="sam@example.org").exists()


def test_a_link_turned_off_while_someone_fills_the_form_saves_nothing(cast, client, monkeypatch):
    url = open_link(cast.project, cast.lead, approval=False)
    from participants.views import joining as joining_views

    real = joining_views.open_join_request

    def switched_off_meanwhile(**kwargs):
        project_open_join_new_code(project=cast.project, by=cast.lead)
        return real(**kwargs)

    monkeypatch.setattr(joining_views, "open_join_request", switched_off_meanwhile)
    client.force_login(cast.outsider)
    response = client.post(url, {"role": "young_person"})
    assert response.status_code == 409
    assert "This join link has changed" in response.content.decode()
    assert not Participant.objects.filter(user=cast.outsider).exists()


@pytest.mark.parametrize("status", ["left", "declined"])
def test_someone_marked_left_or_told_not_for_now_waits_for_a_yes_even_on_an_open_link(
    cast, client, status
):
    url = open_link(cast.project, cast.lead, approval=False)
    cast.project.participants.create(
        user=cast.outsider, display_name="Outsider", role="staff", status=status
    )
    client.force_login(cast.outsider)
    assert "Ask to join" in client.get(url).content.decode()
    response = client.post(url, {"role": "staff"})
    assert response["Location"] == "/projects/care-leavers/people/waiting/"
    assert Participant.objects.get(user=cast.outsider).status == "pending"
    assert client.get("/projects/care-leavers/").status_code == 302  # to the waiting page
