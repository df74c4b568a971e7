"""/me/: my details, email choice, my projects with needs and consent answers."""

import datetime

import pytest

from participants.models import User
from participants.selectors.consent import add_years
from projects.roles import Role
from tests.conftest import EVERYONE
from tests.factories import ParticipantFactory
from tests.helpers import assert_query_budget
from tests.participants.people import ALL_YES, another_young_person, consent_for, needs_for

URL = "/me/"


@pytest.mark.parametrize("who", [w for w in EVERYONE if w != "anonymous"])
def test_everyone_with_an_account_has_a_page(cast, client_as, who):
    response = client_as(who).get(URL)
    assert response.status_code == 200
    body = response.content.decode()
    assert "My page" in body
    assert cast.users[who].email in body
    assert "Too much email is what people complain about most, so choose" in body


def test_it_lists_my_projects_needs_and_answers(cast, client_as):
    jay = cast.participants["young_person"]
    needs_for(jay, childcare=True, availability=["evenings"])
    consent_for(jay, "photos", "inside")
    body = client_as("young_person").get(URL).content.decode()
    assert "Support for care leavers" in body
    assert "Childcare" in body and "Can come: evenings" in body
    assert "Only inside the project, for people taking part" in body
    assert f"/me/consents/{jay.consents.get().pk}/withdraw/" in body
    assert "/projects/care-leavers/my-needs/" in body
    assert "/projects/care-leavers/consent/" in body
    assert "/me/data.json" in body and "/me/delete/" in body


def test_it_never_shows_anyone_elses_needs(cast, client_as):
    robyn = another_young_person(cast)
    needs_for(robyn, dietary="Secret shellfish allergy", phone="07700 900999")
    body = client_as("young_person").get(URL).content.decode()
    assert "Secret shellfish allergy" not in body and "07700 900999" not in body


def test_it_saves_my_details_and_email_choice(cast, client_as):
    response = client_as("young_person").post(
        URL,
        {
            "display_name": "  Jay  ",
            "date_of_birth": "",
            "age_band": "18_25",
            "email_frequency": "daily",
        },
        follow=True,
    )
    assert "Your details are saved." in response.content.decode()
    user = User.objects.get(pk=cast.young_person.pk)
    assert (user.display_name, user.age_band, user.email_frequency) == ("Jay", "18_25", "daily")


def test_bad_details_are_explained_and_nothing_saved(cast, client_as):
    response = client_as("young_person").post(
        URL, {"display_name": " ", "date_of_birth": "31/02/2008", "email_frequency": "hourly"}
    )
    assert response.status_code == 200
    body = response.content.decode()
    assert "Tell us what to call you." in body
    assert "Enter a valid date." in body
    assert "Select a valid choice." in body
    user = User.objects.get(pk=cast.young_person.pk)
    assert user.display_name == "Young person" and user.email_frequency == "every"


def test_someone_who_turned_18_sees_a_clear_prompt(cast, client_as):
    user = cast.young_person
    user.date_of_birth = add_years(datetime.date.today(), -18) - datetime.timedelta(days=3)
    user.save()
    for purpose, level in ALL_YES.items():
        consent_for(cast.participants["young_person"], purpose, level, under_18=True)
    body = client_as("young_person").get(URL).content.decode()
    assert "Please answer the consent questions again for Support for care leavers." in body
    assert "You have turned 18" in body
    assert "/projects/care-leavers/welcome/" in body
    assert "Needs your answer again. Until then it counts as: No, please do not contact me." in body


def test_someone_not_yet_18_sees_no_prompt(cast, client_as):
    user = cast.young_person
    user.date_of_birth = add_years(datetime.date.today(), -18) + datetime.timedelta(days=3)
    user.save()
    for purpose, level in ALL_YES.items():
        consent_for(cast.participants["young_person"], purpose, level, under_18=True)
    body = client_as("young_person").get(URL).content.decode()
    assert "answer the consent questions again" not in body


def test_a_project_with_no_answers_asks_for_them(cast, client_as):
    body = client_as("staff").get(URL).content.decode()
    assert "You have not answered the consent questions for Support for care leavers yet." in body


def test_projects_i_left_still_let_me_withdraw(cast, client_as):
    jay = cast.participants["young_person"]
    consent = consent_for(jay, "photos", "public")
    jay.status = "left"
    jay.save()
    body = client_as("young_person").get(URL).content.decode()
    assert f"/me/consents/{consent.pk}/withdraw/" in body
    assert "/projects/care-leavers/consent/" not in body


def test_query_budget_holds_at_3_and_50_projects(cast, client_as):
    client = client_as("young_person")

    def grow(n):
        while cast.young_person.participations.count() < n:
            place = ParticipantFactory(user=cast.young_person, role=Role.YOUNG_PERSON)
            needs_for(place, travel=True, access=["bsl"])
            for purpose, level in ALL_YES.items():
                consent_for(place, purpose, level, under_18=True)

    assert_query_budget(fetch=lambda: client.get(URL), grow=grow, budget=7)
