"""Essential messages are also texted to people who asked for texts: short, with the project's
name and a link, nothing personal, and never to someone who said not to contact them."""

import pytest
from django.core import mail

from codesign import texts
from participants.notify import notify, text_body
from participants.services.membership import member_approve
from projects.roles import MemberStatus
from tests.factories import ParticipantFactory, ProjectFactory, UserFactory
from tests.participants.people import consent_for


@pytest.fixture(autouse=True)
def _empty_outbox():
    texts.outbox.clear()
    yield
    texts.outbox.clear()


@pytest.fixture
def jay(db):
    return UserFactory(
        email=None,
        username="jay482",
        display_name="Jay Smith",
        mobile="07700 900123",
        wants_texts=True,
    )


@pytest.fixture
def project(db):
    return ProjectFactory(title="Support for care leavers", slug="care-leavers")


def test_an_essential_message_is_texted_to_someone_who_asked(jay, project):
    notify(user=jay, subject="Session cancelled", body="Snow.", project=project, essential=True)
    (text,) = texts.outbox
    assert text.to == "+447700900123"
    assert text.body == "Codesign: News that matters to you. http://127.0.0.1:8000/me/messages/"


def test_a_caller_may_say_what_happened_in_a_short_phrase(jay, project):
    notify(
        user=jay,
        subject="Session cancelled",
        body="x",
        project=project,
        essential=True,
        text="A session was cancelled",
    )
    assert "A session was cancelled." in texts.outbox[0].body


def test_other_messages_are_not_texted(jay, project):
    notify(user=jay, subject="A new update", body="x", project=project)
    assert texts.outbox == []


def test_no_text_without_asking_or_after_stopping(jay, project):
    jay.wants_texts = False
    jay.save()
    notify(user=jay, subject="Cancelled", body="x", project=project, essential=True)
    assert texts.outbox == []


def test_someone_who_withdrew_contact_consent_gets_nothing(jay, project):
    place = ParticipantFactory(project=project, user=jay)
    consent = consent_for(place, "contact", "yes")
    consent.withdrawn_at = consent.given_at
    consent.save()
    jay.email = "jay@example.org"
    jay.save()
    notify(user=jay, subject="Cancelled", body="x", project=project, essential=True)
    assert texts.outbox == [] and mail.outbox == []


def test_someone_who_said_yes_to_contact_is_texted(jay, project):
    place = ParticipantFactory(project=project, user=jay)
    consent_for(place, "contact", "yes")
    notify(user=jay, subject="Cancelled", body="x", project=project, essential=True)
    assert len(texts.outbox) == 1


def test_a_lead_approving_a_request_to_join_sends_a_text(jay, project):
    lead = ParticipantFactory(project=project, role="lead").user
    place = ParticipantFactory(project=project, user=jay, status=MemberStatus.PENDING)
    member_approve(participant=place, by=lead)
    (text,) = texts.outbox
    assert "Support for care leavers" not in text.body and "/projects/care-leavers/" in text.body


def test_a_text_never_carries_the_message_names_or_needs(jay, project):
    notify(
        user=jay,
        subject="Jay Smith needs childcare",
        body="Jay Smith, travel help, 07700 900123",
        project=project,
        essential=True,
    )
    body = texts.outbox[0].body
    for private in ("Jay", "Smith", "childcare", "travel", "07700", "jay482"):
        assert private not in body


def test_a_text_never_names_the_project(jay, project):
    body = text_body(phrase="A session was cancelled", link="https://x.org/p/")
    assert body == "Codesign: A session was cancelled. https://x.org/p/"
    notify(user=jay, subject="x", body="x", project=project, essential=True)
    assert "care leavers" not in texts.outbox[0].body.lower()


def test_people_without_email_get_no_email_but_the_message_is_kept(jay, project):
    notification = notify(user=jay, subject="Hello", body="x", project=project)
    assert mail.outbox == [] and notification.pk is not None
