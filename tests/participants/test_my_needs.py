"""/projects/<slug>/my-needs/: a member says what helps them take part."""

import pytest

from participants.models import SupportNeeds
from tests.conftest import MEMBER_ROLES
from tests.participants.people import consent_for, invitee_of_local_lead, needs_for

URL = "/projects/care-leavers/my-needs/"

CHILDCARE_EVENINGS = {
    "childcare": "on",
    "availability": ["evenings"],
    "preferred_contact": "text",
    "phone": "07911 123456",
    "dietary": "  No pork ",
    "in_my_own_words": "My wee one is in bed by seven.",
}


@pytest.mark.parametrize("who", MEMBER_ROLES)
def test_every_member_can_say_what_helps_them(cast, client_as, who):
    client = client_as(who)
    page = client.get(URL)
    assert page.status_code == 200
    assert "What helps you take part?" in page.content.decode()
    response = client.post(URL, CHILDCARE_EVENINGS, follow=True)
    needs = SupportNeeds.objects.get(participant=cast.participants[who])
    assert needs.childcare and not needs.travel
    assert needs.availability == ["evenings"]
    assert needs.phone == "07911 123456"
    assert needs.dietary == "No pork"
    assert "Saved. Only the project lead and facilitators can see this." in (
        response.content.decode()
    )


def test_the_page_uses_fieldsets_with_legends_and_plain_words(cast, client_as):
    body = client_as("young_person").get(URL).content.decode()
    assert body.count("<fieldset") >= 4
    for legend in ("Childcare and travel", "Do you need any of these?", "When can you come?"):
        assert legend in body
    assert "Step-free access" in body and "Easy read papers" in body
    assert "Every" in body and "optional" in body


def test_saving_nothing_is_fine_and_says_so(cast, client_as):
    response = client_as("young_person").post(URL, {"dietary": ""})
    assert response.status_code == 302
    needs = SupportNeeds.objects.get(participant=cast.participants["young_person"])
    assert not needs.childcare and needs.access == [] and needs.availability == []


def test_it_shows_and_replaces_what_was_saved_before(cast, client_as):
    needs_for(cast.participants["young_person"], travel=True, access=["bsl"])
    client = client_as("young_person")
    body = client.get(URL).content.decode()
    assert 'id="id_travel" checked' in body
    assert 'value="bsl"  id="id_access_0" checked' in body
    assert 'id="id_childcare" checked' not in body
    client.post(URL, {"access": ["large_print"]})
    needs = SupportNeeds.objects.get(participant=cast.participants["young_person"])
    assert needs.access == ["large_print"] and not needs.travel
    assert SupportNeeds.objects.count() == 1


def test_someone_invited_by_a_local_lead_is_told_the_local_lead_sees_it(cast, client):
    kirsty = invitee_of_local_lead(cast)
    cast.participants["local_lead"].display_name = "Iain"
    cast.participants["local_lead"].save()
    client.force_login(kirsty.user)
    response = client.post(URL, {"travel": "on"}, follow=True)
    assert (
        "Saved. Only the project lead, facilitators and Iain, who invited you, can see this."
        in (response.content.decode())
    )


def test_in_the_welcome_step_saving_goes_on_to_the_project(cast, client_as):
    client = client_as("young_person")
    body = client.get(URL + "?step=welcome").content.decode()
    assert "Step 2 of 2" in body and "Skip this for now" in body
    response = client.post(URL + "?step=welcome", {"childcare": "on"})
    assert response["Location"] == "/projects/care-leavers/"


def test_a_text_or_call_needs_a_phone_number(cast, client_as):
    response = client_as("young_person").post(
        URL, {"childcare": "on", "preferred_contact": "phone", "phone": ""}
    )
    assert response.status_code == 200
    body = response.content.decode()
    assert "Add a phone number so we can text or call you" in body
    assert "Nothing has been saved yet." in body
    assert not SupportNeeds.objects.exists()


@pytest.mark.parametrize("phone", ["call me", "123", "0770090012345678901"])
def test_a_phone_number_that_is_not_one_is_refused(cast, client_as, phone):
    response = client_as("young_person").post(URL, {"preferred_contact": "text", "phone": phone})
    assert "Enter a phone number, like 07911 123456." in response.content.decode()
    assert not SupportNeeds.objects.exists()


def test_unknown_choices_are_refused_and_nothing_saved(cast, client_as):
    response = client_as("young_person").post(URL, {"access": ["wings"], "childcare": "on"})
    assert response.status_code == 200
    assert "Select a valid choice" in response.content.decode()
    assert not SupportNeeds.objects.exists()


def test_what_was_typed_stays_when_the_form_comes_back(cast, client_as):
    response = client_as("young_person").post(
        URL, {"in_my_own_words": "Keep these words", "preferred_contact": "text"}
    )
    assert "Keep these words" in response.content.decode()


def test_visitors_are_sent_to_sign_in(cast, client):
    response = client.get(URL)
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")
    client.post(URL, {"childcare": "on"})
    assert not SupportNeeds.objects.exists()


def test_outsiders_get_404(cast, client_as):
    assert client_as("outsider").get(URL).status_code == 404
    assert client_as("outsider").post(URL, {"childcare": "on"}).status_code == 404
    assert not SupportNeeds.objects.exists()


def test_people_who_left_get_404(cast, client_as):
    cast.participants["young_person"].status = "left"
    cast.participants["young_person"].save()
    assert client_as("young_person").get(URL).status_code == 404


def test_the_page_is_not_cached(cast, client_as):
    response = client_as("young_person").get(URL)
    assert "no-cache" in response["Cache-Control"] or "no-store" in response["Cache-Control"]


def test_someone_who_said_no_to_using_their_information_is_told_the_team_will_not_see_it(
    cast, client_as
):
    consent_for(cast.participants["young_person"], "data", "no")
    client = client_as("young_person")
    assert "the project team will not see what you write here" in client.get(URL).content.decode()
    response = client.post(URL, {"childcare": "on"}, follow=True)
    assert "so the project team will not see this unless you change that answer" in (
        response.content.decode()
    )


@pytest.mark.parametrize(
    "typed", ["07911 123456", "+44 7911 123456", "447911123456", "07911-123-456"]
)
def test_choosing_texts_turns_them_on_with_the_number_typed_any_usual_way(cast, client_as, typed):
    response = client_as("young_person").post(
        URL, {"preferred_contact": "text", "phone": typed}, follow=True
    )
    user = cast.young_person
    user.refresh_from_db()
    assert user.wants_texts and user.mobile.as_e164 == "+447911123456"
    assert "We will text you at 07911 123456" in response.content.decode()


@pytest.mark.parametrize("typed", ["07700 900123", "0131 496 0000"])
def test_a_number_that_cannot_get_texts_is_refused_when_texts_are_chosen(cast, client_as, typed):
    response = client_as("young_person").post(URL, {"preferred_contact": "text", "phone": typed})
    assert "That number cannot get texts" in response.content.decode()
    user = cast.young_person
    user.refresh_from_db()
    assert not SupportNeeds.objects.exists() and not user.wants_texts and not user.mobile


def test_choosing_a_phone_call_leaves_texts_as_they_were(cast, client_as):
    client_as("young_person").post(URL, {"preferred_contact": "phone", "phone": "0131 496 0000"})
    user = cast.young_person
    user.refresh_from_db()
    assert not user.wants_texts and SupportNeeds.objects.get().phone == "0131 496 0000"


def test_choosing_letters_turns_them_on_with_the_address_given(cast, client_as):
    address = "Flat 2, 14 Shore Street\nDunoon\nPA23 7AB"
    response = client_as("young_person").post(
        URL, {"preferred_contact": "post", "postal_address": f"  {address}  "}, follow=True
    )
    user = cast.young_person
    user.refresh_from_db()
    assert user.wants_letters and user.postal_address == address and user.may_get_letters
    assert "We will post you a letter when something matters to you." in response.content.decode()
    # The address is the person's, not part of their support needs.
    assert SupportNeeds.objects.get().preferred_contact == "post"


def test_letters_need_an_address_and_nothing_is_saved_without_one(cast, client_as):
    response = client_as("young_person").post(URL, {"preferred_contact": "post"})
    assert "Add your postal address so we can post you letters" in response.content.decode()
    user = cast.young_person
    user.refresh_from_db()
    assert not SupportNeeds.objects.exists() and not user.wants_letters


def test_only_on_the_site_turns_email_texts_and_letters_off(cast, client_as):
    user = cast.young_person
    user.wants_texts, user.mobile = True, "07911 123456"
    user.save()
    response = client_as("young_person").post(URL, {"preferred_contact": "site"}, follow=True)
    user.refresh_from_db()
    assert not user.wants_texts and not user.wants_letters
    assert user.email_frequency == "none" and user.reached_on_site_only
    assert "look in Messages on this website" in response.content.decode()
    # Choosing email again turns it back on.
    client_as("young_person").post(URL, {"preferred_contact": "email"})
    user.refresh_from_db()
    assert user.email_frequency == "every"


def test_email_cannot_be_chosen_without_an_email_address(cast, client_as):
    user = cast.young_person
    user.email, user.username = None, "jay458"
    user.save()
    response = client_as("young_person").post(URL, {"preferred_contact": "email"})
    assert "You have no email address with us" in response.content.decode()
    assert not SupportNeeds.objects.exists()


def test_someone_who_chose_only_the_site_gets_no_email_even_when_it_matters(cast):
    from django.core import mail

    from participants.notify import notify

    user = cast.young_person
    user.email_frequency = "none"
    user.save()
    mail.outbox.clear()
    note = notify(user=user, subject="Cancelled", body="The session is off.", essential=True)
    assert mail.outbox == [] and note.emailed_at is None and not note.deliveries.exists()
    assert user.notifications.count() == 1
