"""/me/delete/: explain what happens, type "delete", and the account goes."""

import pytest

from participants.models import Consent, Participant, SupportNeeds, User
from tests.participants.people import ALL_YES, consent_for, needs_for

URL = "/me/delete/"


def test_it_explains_what_goes_and_what_stays(cast, client_as):
    body = client_as("young_person").get(URL).content.decode()
    assert "What goes" in body and "What stays" in body
    assert "A former participant" in body
    assert "Support for care leavers" in body
    assert "Type the word delete to confirm" in body


def test_the_only_lead_is_warned(cast, client_as):
    body = client_as("lead").get(URL).content.decode()
    assert "You are the only project lead of" in body
    assert "You are the only project lead" not in client_as("staff").get(URL).content.decode()


def test_typing_delete_deletes_the_account_and_signs_out(cast, client_as):
    jay = cast.participants["young_person"]
    needs_for(jay, childcare=True, phone="07700 900123")
    for purpose, level in ALL_YES.items():
        consent_for(jay, purpose, level)
    client = client_as("young_person")
    response = client.post(URL, {"confirm": " Delete "}, follow=True)
    assert response.redirect_chain[0] == ("/", 302)
    assert "Your account and your personal details have been deleted." in (
        response.content.decode()
    )
    assert not User.objects.filter(email="young_person@example.org").exists()
    assert client.get("/me/")["Location"].startswith("/accounts/login/")
    jay.refresh_from_db()
    assert (jay.user, jay.display_name, jay.status, jay.role) == (
        None,
        "A former participant",
        "left",
        "young_person",
    )
    assert not SupportNeeds.objects.filter(participant=jay).exists()
    assert not Consent.objects.filter(participant=jay).exists()
    # The project still counts six people in six roles.
    assert Participant.objects.filter(project=cast.project).count() == 6


@pytest.mark.parametrize("typed", ["", "yes", "delet", "delete me"])
def test_anything_but_delete_deletes_nothing(cast, client_as, typed):
    response = client_as("young_person").post(URL, {"confirm": typed})
    assert response.status_code == 200
    body = response.content.decode()
    assert "Type the word delete to confirm. Nothing has been deleted." in body
    assert User.objects.filter(pk=cast.young_person.pk).exists()


def test_visitors_are_sent_to_sign_in(client, db):
    assert client.get(URL)["Location"].startswith("/accounts/login/")
    assert client.post(URL, {"confirm": "delete"})["Location"].startswith("/accounts/login/")


def test_a_person_in_no_project_can_delete_too(cast, client_as):
    client_as("outsider").post(URL, {"confirm": "delete"})
    assert not User.objects.filter(email="outsider@example.org").exists()
