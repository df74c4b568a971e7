"""/me/future-work/ and /me/future-work/stop/: a person says "ask me about future work", with
what and when, and takes it back with one click."""

import datetime

import pytest
from django.utils import timezone

from participants.models import FutureWork

URL = "/me/future-work/"
STOP = "/me/future-work/stop/"

YES = {
    "future-wants_asking": "on",
    "future-would_like": ["testing", "pitch_panel"],
    "future-in_my_own_words": "  Making   videos ",
    "future-availability": ["evenings", "weekends"],
}


def test_a_person_says_yes_with_what_and_when(cast, client_as):
    client = client_as("young_person")
    assert client.get(URL).status_code == 200
    response = client.post(URL, YES, follow=True)
    answer = FutureWork.objects.get(user=cast.young_person)
    assert answer.wants_asking and answer.would_like == ["testing", "pitch_panel"]
    assert answer.availability == ["evenings", "weekends"]
    assert answer.in_my_own_words == "Making videos" and answer.break_until is None
    assert "Leads of projects you have been in may ask you" in response.content.decode()
    assert response.redirect_chain[-1][0] == "/me/"


def test_my_page_offers_it_and_takes_it_back_in_one_click(cast, client_as):
    client = client_as("young_person")
    body = client.get("/me/").content.decode()
    assert "Ask me about future work" in body and STOP not in body
    client.post(URL, YES)
    body = client.get("/me/").content.decode()
    assert STOP in body and 'id="id_future-wants_asking" checked' in body
    response = client.post(STOP, follow=True)
    answer = FutureWork.objects.get(user=cast.young_person)
    assert not answer.wants_asking and answer.would_like == ["testing", "pitch_panel"]
    assert "No one will ask you about future work" in response.content.decode()


def test_a_break_is_saved(cast, client_as):
    day = timezone.localdate() + datetime.timedelta(days=30)
    client_as("young_person").post(URL, {**YES, "future-break_until": day.isoformat()})
    answer = FutureWork.objects.get(user=cast.young_person)
    assert answer.break_until == day and answer.on_break()
    body = client_as("young_person").get("/me/").content.decode()
    assert "after your break ends" in body


def test_a_break_that_ended_in_the_past_is_refused_and_nothing_saved(cast, client_as):
    day = timezone.localdate() - datetime.timedelta(days=1)
    response = client_as("young_person").post(URL, {**YES, "future-break_until": day.isoformat()})
    assert response.status_code == 200
    body = response.content.decode()
    assert "The end of your break must be today or a day in the future" in body
    assert "Nothing has been saved yet." in body
    assert not FutureWork.objects.exists()


def test_unknown_choices_are_refused(cast, client_as):
    client_as("young_person").post(URL, {**YES, "future-would_like": ["boss"]})
    assert not FutureWork.objects.exists()


def test_visitors_are_sent_to_sign_in(client, db):
    for response in (client.get(URL), client.post(URL, YES), client.post(STOP)):
        assert response.status_code == 302
        assert response["Location"].startswith("/accounts/login/")
    assert not FutureWork.objects.exists()


def test_wrong_methods(cast, client_as):
    client = client_as("young_person")
    assert client.put(URL).status_code == 405
    assert client.get(STOP).status_code == 405


@pytest.mark.parametrize("who", ["staff", "facilitator", "local_lead", "manager"])
def test_other_members_never_see_someones_answer(cast, client_as, who):
    FutureWork.objects.create(
        user=cast.young_person, wants_asking=True, in_my_own_words="Secret plan"
    )
    client = client_as(who)
    for page in ("/me/", URL, f"/projects/{cast.project.slug}/people/"):
        assert "Secret plan" not in client.get(page).content.decode()


def test_stopping_without_an_answer_is_fine(cast, client_as):
    assert client_as("young_person").post(STOP).status_code == 302
    assert not FutureWork.objects.exists()


def test_the_answer_is_in_the_persons_own_data(cast, client_as):
    client = client_as("young_person")
    client.post(URL, YES)
    data = client.get("/me/data.json").json()["future_work"]
    assert data["ask_me_about_future_work"] is True
    assert data["what_i_would_like_to_do"] == ["Testing ideas", "Being on a pitch panel"]
    assert data["when_i_can_come"] == ["Evenings", "Weekends"]
