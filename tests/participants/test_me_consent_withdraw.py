"""/me/consents/<id>/withdraw/: one button, and it works at once."""

import pytest

from participants.selectors.consent import may_contact, photo_consent_level
from tests.participants.people import another_young_person, consent_for


def url(consent):
    return f"/me/consents/{consent.pk}/withdraw/"


def test_withdrawing_photos_works_at_once(cast, client_as):
    jay = cast.participants["young_person"]
    photos = consent_for(jay, "photos", "public")
    response = client_as("young_person").post(url(photos), follow=True)
    assert response.redirect_chain[-1][0] == "/me/"
    assert "You have withdrawn “Photos of me”" in response.content.decode()
    photos.refresh_from_db()
    assert photos.withdrawn_at is not None
    assert photo_consent_level(jay) == "no"
    assert "No. You withdrew this." in response.content.decode()


def test_withdrawing_contact(cast, client_as):
    jay = cast.participants["young_person"]
    contact = consent_for(jay, "contact", "yes")
    client_as("young_person").post(url(contact))
    assert not may_contact(jay)


def test_withdrawing_works_after_leaving_the_project(cast, client_as):
    jay = cast.participants["young_person"]
    photos = consent_for(jay, "photos", "reports")
    jay.status = "left"
    jay.save()
    assert client_as("young_person").post(url(photos)).status_code == 302
    assert photo_consent_level(jay) == "no"


@pytest.mark.parametrize("who", ["lead", "facilitator", "local_lead", "staff", "outsider"])
def test_no_one_else_can_withdraw_my_answer(cast, client_as, who):
    photos = consent_for(cast.participants["young_person"], "photos", "public")
    assert client_as(who).post(url(photos)).status_code == 404
    photos.refresh_from_db()
    assert photos.withdrawn_at is None


def test_another_young_person_cannot_withdraw_mine(cast, client):
    photos = consent_for(cast.participants["young_person"], "photos", "public")
    client.force_login(another_young_person(cast).user)
    assert client.post(url(photos)).status_code == 404


def test_unknown_answers_are_404(cast, client_as):
    assert client_as("young_person").post("/me/consents/999999/withdraw/").status_code == 404


def test_it_only_takes_post(cast, client_as):
    photos = consent_for(cast.participants["young_person"], "photos", "public")
    assert client_as("young_person").get(url(photos)).status_code == 405
    photos.refresh_from_db()
    assert photos.withdrawn_at is None
