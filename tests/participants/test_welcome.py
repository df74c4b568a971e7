"""/projects/<slug>/welcome/: consent, then support needs, then the project."""

import datetime

import pytest

from participants import consent_texts
from participants.models import Consent, SupportNeeds
from participants.selectors.consent import add_years
from tests.conftest import MEMBER_ROLES
from tests.participants.people import ALL_YES, consent_for, needs_for

URL = "/projects/care-leavers/welcome/"
NEEDS_STEP = "/projects/care-leavers/my-needs/?step=welcome"


@pytest.mark.parametrize("who", MEMBER_ROLES)
def test_a_new_member_answers_and_moves_on_to_their_needs(cast, client_as, who):
    client = client_as(who)
    page = client.get(URL)
    assert page.status_code == 200
    body = page.content.decode()
    assert "Step 1 of 2" in body
    for q in consent_texts.questions():
        assert q.question in body
    response = client.post(URL, {"data": "yes", "photos": "inside", "contact": "no"})
    assert response["Location"] == NEEDS_STEP
    levels = dict(
        Consent.objects.filter(participant=cast.participants[who]).values_list("purpose", "level")
    )
    assert levels == {"data": "yes", "photos": "inside", "contact": "no"}


def test_it_explains_what_is_kept_and_who_sees_it(cast, client_as):
    body = client_as("young_person").get(URL).content.decode()
    assert "What we keep:" in body and "Who sees it:" in body
    assert "Not at all" in body or "No, not at all" in body
    assert "Inside the project and in reports about it" in body


def test_nothing_is_chosen_for_the_person_in_advance(cast, client_as):
    body = client_as("young_person").get(URL).content.decode()
    assert 'name="photos" value="no"' in body
    assert "checked" not in body.split('name="data"', 1)[1].split("</fieldset>", 1)[0]


def test_it_saves_the_age_given(cast, client_as):
    client_as("young_person").post(URL, ALL_YES | {"date_of_birth": "2008-03-14"})
    user = cast.young_person
    user.refresh_from_db()
    assert user.date_of_birth == datetime.date(2008, 3, 14)


def test_an_age_band_is_enough(cast, client_as):
    client_as("young_person").post(URL, ALL_YES | {"age_band": "16_17"})
    cast.young_person.refresh_from_db()
    assert cast.young_person.age_band == "16_17"
    assert all(
        c.given_under_18 for c in Consent.objects.filter(participant__user=cast.young_person)
    )


def test_a_missing_answer_is_explained_and_nothing_saved(cast, client_as):
    response = client_as("young_person").post(URL, {"data": "yes", "contact": "yes"})
    assert response.status_code == 200
    body = response.content.decode()
    assert "Choose an answer: Can photos of you be used?" in body
    assert "Nothing has been saved yet." in body
    assert 'aria-invalid="true"' in body
    assert not Consent.objects.exists()


def test_a_date_of_birth_in_the_future_is_refused(cast, client_as):
    response = client_as("young_person").post(URL, ALL_YES | {"date_of_birth": "2099-01-01"})
    assert "Check your date of birth" in response.content.decode()
    assert not Consent.objects.exists()
    cast.young_person.refresh_from_db()
    assert cast.young_person.date_of_birth is None


def test_an_unknown_answer_is_refused(cast, client_as):
    response = client_as("young_person").post(URL, ALL_YES | {"photos": "yes"})
    assert response.status_code == 200
    assert not Consent.objects.exists()


def test_someone_who_has_answered_goes_straight_to_their_needs(cast, client_as):
    for purpose, level in ALL_YES.items():
        consent_for(cast.participants["young_person"], purpose, level)
    assert client_as("young_person").get(URL)["Location"] == NEEDS_STEP


def test_someone_who_has_done_both_goes_to_the_project(cast, client_as):
    for purpose, level in ALL_YES.items():
        consent_for(cast.participants["young_person"], purpose, level)
    needs_for(cast.participants["young_person"])
    assert client_as("young_person").get(URL)["Location"] == "/projects/care-leavers/"


def test_someone_who_turned_18_is_asked_again_with_a_clear_reason(cast, client_as):
    user = cast.young_person
    user.date_of_birth = add_years(datetime.date.today(), -18)
    user.save()
    for purpose, level in ALL_YES.items():
        consent_for(cast.participants["young_person"], purpose, level, under_18=True)
    SupportNeeds.objects.create(participant=cast.participants["young_person"])
    client = client_as("young_person")
    page = client.get(URL)
    assert page.status_code == 200
    body = page.content.decode()
    assert "You have turned 18, so we need to ask you again." in body
    assert "checked" not in body.split('name="photos"', 1)[1].split("</fieldset>", 1)[0]
    assert "Step 1 of 2" not in body and "Your answers for Support for care leavers" in body
    response = client.post(URL, ALL_YES | {"date_of_birth": user.date_of_birth.isoformat()})
    assert response["Location"] == "/projects/care-leavers/"
    current = Consent.objects.filter(participant__user=user, withdrawn_at=None)
    assert current.count() == 3
    assert not any(c.given_under_18 for c in current)
    assert client.get(URL)["Location"] == "/projects/care-leavers/"


def test_visitors_are_sent_to_sign_in(cast, client):
    assert client.get(URL)["Location"].startswith("/accounts/login/")
    client.post(URL, ALL_YES)
    assert not Consent.objects.exists()


def test_outsiders_get_404(cast, client_as):
    assert client_as("outsider").get(URL).status_code == 404
    assert client_as("outsider").post(URL, ALL_YES).status_code == 404
    assert not Consent.objects.exists()


def test_people_who_left_get_404(cast, client_as):
    cast.participants["staff"].status = "left"
    cast.participants["staff"].save()
    assert client_as("staff").get(URL).status_code == 404
