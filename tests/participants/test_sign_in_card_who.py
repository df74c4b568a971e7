"""Who a fresh sign-in card may be given to. Whoever types a card's code chooses the account's
password, so a card is only for someone with no email address, no administrator flag and no
project they lead, local-lead or facilitate; a local lead gives one only to people they invited."""

import pytest
from allauth.account.models import EmailAddress
from django.core.exceptions import PermissionDenied

from codesign import texts
from participants.models import Notification, SignInCode
from participants.services.sign_in_cards import sign_in_code_issue
from projects.roles import Role
from tests.conftest import EVERYONE
from tests.factories import ParticipantFactory, ProjectFactory, UserFactory
from tests.helpers import user_for


def url(cast, person):
    return f"/projects/{cast.project.slug}/people/{person.pk}/sign-in-card/"


def _no_email(cast, name="Jay", **user_fields):
    user = UserFactory(email=None, username=name.lower() + "1", display_name=name, **user_fields)
    return ParticipantFactory(project=cast.project, user=user, invited_by=cast.local_lead)


def _site_administrator(cast):
    return _no_email(cast, "Admin", is_staff=True, is_superuser=True)


def _staff_flag_only(cast):
    return _no_email(cast, "Helper", is_staff=True)


def _lead_of_another_project(cast):
    person = _no_email(cast, "Morven")
    ParticipantFactory(project=ProjectFactory(), user=person.user, role=Role.LEAD)
    return person


def _facilitator_elsewhere(cast):
    person = _no_email(cast, "Ailsa")
    ParticipantFactory(project=ProjectFactory(), user=person.user, role=Role.FACILITATOR)
    return person


def _local_lead_here(cast):
    person = _no_email(cast, "Calum")
    person.role = Role.LOCAL_LEAD
    person.save()
    return person


def _with_email(cast):
    user = UserFactory(email="kirsty@example.org", display_name="Kirsty")
    return ParticipantFactory(project=cast.project, user=user, invited_by=cast.local_lead)


def _with_an_email_address_row(cast):
    """No address on the account itself, but one known to the sign-in system."""
    person = _no_email(cast, "Rhona")
    EmailAddress.objects.create(user=person.user, email="rhona@example.org", verified=True)
    return person


PROTECTED = {
    "site administrator": _site_administrator,
    "staff flag": _staff_flag_only,
    "lead of another project": _lead_of_another_project,
    "facilitator of another project": _facilitator_elsewhere,
    "local lead of this project": _local_lead_here,
    "email address": _with_email,
    "email address row": _with_an_email_address_row,
}


@pytest.mark.parametrize("who", EVERYONE)
@pytest.mark.parametrize("kind", PROTECTED)
def test_nobody_gives_a_card_to_someone_with_another_way_in_or_who_runs_something(cast, who, kind):
    person = PROTECTED[kind](cast)
    assert not user_for(cast, who).has_perm("participants.give_sign_in_card", person)


@pytest.mark.parametrize("who", EVERYONE)
def test_a_young_person_without_email_gets_one_from_a_lead_or_their_inviter(cast, who):
    person = _no_email(cast)
    assert user_for(cast, who).has_perm("participants.give_sign_in_card", person) == (
        who in {"lead", "local_lead"}
    )


@pytest.mark.parametrize("who", EVERYONE)
def test_a_local_leads_non_invitee_gets_one_from_a_lead_only(cast, who):
    person = _no_email(cast)
    person.invited_by = cast.lead
    person.save()
    assert user_for(cast, who).has_perm("participants.give_sign_in_card", person) == (who == "lead")


def test_someone_who_has_left_a_project_they_led_may_get_one(cast):
    person = _no_email(cast)
    ParticipantFactory(project=ProjectFactory(), user=person.user, role=Role.LEAD, status="left")
    assert cast.lead.has_perm("participants.give_sign_in_card", person)


def test_nobody_gives_themself_a_card(cast):
    lead_without_email = _no_email(cast)
    lead_without_email.role = Role.YOUNG_PERSON
    lead_without_email.save()
    assert not lead_without_email.user.has_perm(
        "participants.give_sign_in_card", lead_without_email
    )


@pytest.mark.parametrize("kind", ["site administrator", "lead of another project", "email address"])
def test_the_page_refuses_a_lead_and_changes_nothing(cast, client_as, kind):
    person = PROTECTED[kind](cast)
    password = person.user.password
    client = client_as("lead")
    assert client.get(url(cast, person)).status_code == 403
    assert client.post(url(cast, person)).status_code == 403
    person.user.refresh_from_db()
    assert person.user.password == password and person.user.has_usable_password()
    assert not SignInCode.objects.exists()


def test_a_local_lead_is_refused_for_someone_they_did_not_invite(cast, client_as):
    person = _no_email(cast)
    person.invited_by = cast.lead
    person.save()
    assert client_as("local_lead").post(url(cast, person)).status_code == 403
    assert not SignInCode.objects.exists()


def test_the_service_holds_the_rule_for_any_caller(cast):
    with pytest.raises(PermissionDenied):
        sign_in_code_issue(participant=_site_administrator(cast), by=cast.lead)
    assert not SignInCode.objects.exists()


def test_the_person_is_told_on_the_site_and_by_text(cast, client_as):
    texts.outbox.clear()
    person = _no_email(cast)
    person.user.mobile = "+447700900123"
    person.user.wants_texts = True
    person.user.save()
    client_as("lead").post(url(cast, person))
    note = Notification.objects.get(user=person.user)
    assert note.subject == "You have a new sign-in card"
    assert "Project lead gave you a new sign-in card" in note.body
    assert note.is_essential
    (text,) = texts.outbox
    assert "You have a new sign-in card" in text.body
    texts.outbox.clear()
