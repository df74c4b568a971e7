"""What the invitation and welcome emails say."""

import re

from django.core import mail

from participants.models import Notification, User
from participants.services.invitations import invitation_create
from participants.services.joining import invitation_accept
from tests.factories import UserFactory


def test_the_invitation_email_says_who_to_what_what_happens_the_code_and_that_no_is_fine(
    cast, settings
):
    settings.SITE_URL = "https://codesign.example.org"
    cast.project.summary = "Designing support for care leavers."
    cast.project.save()
    invitation = invitation_create(
        project=cast.project,
        by=cast.local_lead,
        role="young_person",
        email="jo@example.org",
        name="Jo",
    )
    message = mail.outbox[0]
    assert message.subject == "Codesign: Local lead invited you to Support for care leavers"
    body = message.body
    assert body.startswith(
        'Hello Jo,\n\nLocal lead has invited you to take part in "Support for care leavers"'
    )
    assert "as a young person" in body
    assert "Designing support for care leavers." in body
    assert f"https://codesign.example.org/join/{invitation.grouped_code}/" in body
    assert f"https://codesign.example.org/join/ and type the code {invitation.grouped_code}" in body
    assert "It is fine to say no." in body
    assert re.search(r"works until \d{1,2} \w+ \d{4}", body)


def test_the_welcome_email_follows_joining(cast, settings):
    settings.SITE_URL = "https://codesign.example.org"
    invitation = invitation_create(project=cast.project, by=cast.lead, role="staff")
    newcomer = UserFactory(display_name="Jo", email="jo@example.org")
    invitation_accept(invitation=invitation, user=newcomer)
    message = mail.outbox[-1]
    assert message.to == ["jo@example.org"]
    assert message.subject == "Codesign: Welcome to Support for care leavers"
    assert "You are taking part as a member of frontline staff." in message.body
    assert "https://codesign.example.org/projects/care-leavers/" in message.body


def test_the_welcome_waits_for_the_daily_summary_of_someone_who_chose_it(cast):
    invitation = invitation_create(project=cast.project, by=cast.lead, role="staff")
    newcomer = UserFactory(email_frequency="daily")
    invitation_accept(invitation=invitation, user=newcomer)
    assert mail.outbox == []
    assert newcomer.notifications.get().subject == "Welcome to Support for care leavers"


def test_invitations_to_a_new_address_are_always_sent(cast):
    invitation_create(project=cast.project, by=cast.lead, role="staff", email="new@example.org")
    assert mail.outbox[0].to == ["new@example.org"]
    assert not User.objects.filter(email="new@example.org").exists()


def test_an_invitation_to_someone_with_an_account_is_essential(cast):
    cast.outsider.email_frequency = "essential"
    cast.outsider.save()
    invitation_create(
        project=cast.project, by=cast.lead, role="staff", email="outsider@example.org"
    )
    assert mail.outbox[0].to == ["outsider@example.org"]
    assert Notification.objects.get(user=cast.outsider).is_essential


def test_an_invitation_through_someones_inbox_greets_them_once(cast):
    UserFactory(display_name="Robyn", email="robyn@example.org")
    mail.outbox.clear()
    invitation_create(
        project=cast.project, by=cast.lead, role="staff", email="robyn@example.org", name="Robyn"
    )
    body = mail.outbox[0].body
    assert body.startswith("Hello Robyn,\n\nProject lead has invited you")
    assert body.count("Robyn") == 1
