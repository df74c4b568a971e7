"""A mobile number and texts on /me/: validated, stored in E.164, and easy to stop."""

import pytest

from participants.models import User
from participants.services.account import user_delete
from tests.factories import UserFactory

URL = "/me/"


def form(user, **changes):
    return {
        "display_name": user.display_name,
        "email_frequency": "every",
        "age_band": "",
        "mobile": "",
        **changes,
    }


def test_a_uk_mobile_is_stored_in_international_form(cast, client_as):
    response = client_as("young_person").post(
        URL, form(cast.young_person, mobile="07911 123456", wants_texts="on")
    )
    assert response.status_code == 302
    cast.young_person.refresh_from_db()
    assert cast.young_person.mobile.as_e164 == "+447911123456"
    assert cast.young_person.wants_texts


@pytest.mark.parametrize(
    ("typed", "words"),
    [
        ("01546 605522", "not a mobile number"),
        ("12345", "Type a mobile number like 07911 123456"),
        ("call me", "Type a mobile number like 07911 123456"),
    ],
)
def test_a_number_that_is_not_a_mobile_is_explained_and_nothing_saved(
    cast, client_as, typed, words
):
    response = client_as("young_person").post(URL, form(cast.young_person, mobile=typed))
    assert response.status_code == 200
    assert words in response.context["form"].errors["mobile"][0]
    cast.young_person.refresh_from_db()
    assert not cast.young_person.mobile


def test_texts_need_a_number(cast, client_as):
    response = client_as("young_person").post(URL, form(cast.young_person, wants_texts="on"))
    assert "Type your mobile number to get texts" in response.context["form"].errors["mobile"][0]
    cast.young_person.refresh_from_db()
    assert not cast.young_person.wants_texts


def test_stop_texts_stops_them_and_keeps_the_number(cast, client_as):
    cast.young_person.mobile = "+447911123456"
    cast.young_person.wants_texts = True
    cast.young_person.save()
    client = client_as("young_person")
    assert "Stop texts" in client.get(URL).content.decode()
    response = client.post("/me/texts/stop/")
    assert response.status_code == 302 and response["Location"] == "/me/"
    cast.young_person.refresh_from_db()
    assert not cast.young_person.wants_texts and cast.young_person.mobile


def test_stop_texts_needs_a_post_and_a_signed_in_person(cast, client_as, client):
    assert client.post("/me/texts/stop/").status_code == 302
    assert client_as("young_person").get("/me/texts/stop/").status_code == 405


def test_someone_without_email_saves_details_without_an_email_choice(client, db):
    jay = UserFactory(email=None, username="jay482", display_name="Jay")
    client.force_login(jay)
    body = client.get(URL).content.decode()
    assert "You have no email address on your account" in body
    assert "How much email do you want?" not in body
    assert "jay482" in body and "/me/sign-in-card/" in body
    response = client.post(URL, {"display_name": "Jay B", "age_band": "", "mobile": ""})
    assert response.status_code == 302
    jay.refresh_from_db()
    assert jay.display_name == "Jay B"


def test_the_number_is_in_my_data(cast, client_as):
    cast.young_person.mobile = "+447911123456"
    cast.young_person.username = "young123"
    cast.young_person.save()
    data = client_as("young_person").get("/me/data.json").json()
    assert data["account"]["mobile"] == "+447911123456"
    assert data["account"]["sign_in_name"] == "young123"


def test_deleting_the_account_removes_the_number(cast):
    cast.young_person.mobile = "+447911123456"
    cast.young_person.save()
    user_delete(user=cast.young_person)
    assert not User.objects.filter(mobile="+447911123456").exists()


def test_every_example_number_in_the_error_messages_is_itself_accepted(db):
    import re

    from participants.forms.account import ProfileForm
    from participants.forms.needs import mobile_number
    from participants.models import User

    form = ProfileForm(instance=User(email="x@example.org"))
    said = form.fields["mobile"].error_messages["invalid"]
    examples = re.findall(r"(?:\+44|0)[\d ]{10,14}\d", said)
    assert len(examples) == 2
    assert all(mobile_number(example) is not None for example in examples)
