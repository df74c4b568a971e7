"""People recorded offline, support needs and messages through their retention periods."""

import datetime

import pytest
from django.utils import timezone

from participants.models import Consent, Delivery, Notification, Participant, SupportNeeds
from projects.models import LegalHold, Organisation, Partner, RetentionOverride
from projects.retention.run import retention_apply
from tests.factories import ParticipantFactory, ProjectFactory, UserFactory

ENDED = datetime.date(2025, 3, 31)


@pytest.fixture
def ended(db):
    return ProjectFactory(slug="ended", starts_on=datetime.date(2024, 1, 1), ends_on=ENDED)


@pytest.fixture
def offline(ended):
    person = ParticipantFactory(project=ended, user=None, display_name="Robyn Paper")
    SupportNeeds.objects.create(participant=person, travel=True, phone="07700900123")
    Consent.objects.create(participant=person, purpose="photos", level="inside", text_shown="Q")
    return person


def test_offline_people_are_anonymised_a_year_after_the_project_ends(offline):
    retention_apply(on=datetime.date(2026, 3, 31))
    assert Participant.objects.get(pk=offline.pk).display_name == "Robyn Paper"
    retention_apply(on=datetime.date(2026, 4, 1))
    retention_apply(on=datetime.date(2026, 4, 1))
    remains = Participant.objects.get(pk=offline.pk)
    assert remains.display_name == "A former participant"
    assert not SupportNeeds.objects.filter(participant=offline).exists()
    assert not Consent.objects.filter(participant=offline).exists()


def test_support_needs_go_six_months_after_the_project_ends(ended):
    person = ParticipantFactory(project=ended)
    SupportNeeds.objects.create(participant=person, childcare=True)
    retention_apply(on=datetime.date(2025, 9, 30))
    assert SupportNeeds.objects.filter(participant=person).exists()
    retention_apply(on=datetime.date(2025, 10, 1))
    assert not SupportNeeds.objects.filter(participant=person).exists()
    assert Participant.objects.filter(pk=person.pk).exists()


def test_a_project_still_running_keeps_them(offline):
    offline.project.ends_on = None
    offline.project.save()
    retention_apply(on=datetime.date(2040, 1, 1))
    assert SupportNeeds.objects.filter(participant=offline).exists()


def test_an_organisation_may_keep_them_longer(offline):
    council = Organisation.objects.create(name="Argyll Council")
    Partner.objects.create(project=offline.project, organisation=council, roles=["lead"])
    RetentionOverride.objects.create(organisation=council, record_key="offline_people", months=24)
    RetentionOverride.objects.create(organisation=council, record_key="support_needs", months=24)
    retention_apply(on=datetime.date(2026, 4, 1))
    assert Participant.objects.get(pk=offline.pk).display_name == "Robyn Paper"
    retention_apply(on=datetime.date(2027, 4, 1))
    assert Participant.objects.get(pk=offline.pk).display_name == "A former participant"


def test_a_legal_hold_on_the_project_keeps_everything(offline):
    LegalHold.objects.create(project=offline.project, reason="An investigation.")
    retention_apply(on=datetime.date(2030, 1, 1))
    assert Participant.objects.get(pk=offline.pk).display_name == "Robyn Paper"
    assert SupportNeeds.objects.filter(participant=offline).exists()


def _message(user, when):
    message = Notification.objects.create(user=user, subject="Hello", body="A message.")
    Notification.objects.filter(pk=message.pk).update(created_at=when)
    Delivery.objects.create(notification=message, channel="email", to=user.email)
    return message


def test_messages_and_their_deliveries_go_after_a_year(db):
    user = UserFactory()
    old = _message(user, timezone.make_aware(datetime.datetime(2025, 1, 5, 9)))
    newer = _message(user, timezone.make_aware(datetime.datetime(2025, 6, 5, 9)))
    retention_apply(on=datetime.date(2026, 1, 5))
    assert Notification.objects.filter(pk=old.pk).exists()
    retention_apply(on=datetime.date(2026, 1, 6))
    assert not Notification.objects.filter(pk=old.pk).exists()
    assert not Delivery.objects.filter(notification_id=old.pk).exists()
    assert Notification.objects.filter(pk=newer.pk).exists()


def test_a_hold_on_the_person_keeps_their_messages(db):
    user = UserFactory()
    old = _message(user, timezone.make_aware(datetime.datetime(2020, 1, 5, 9)))
    LegalHold.objects.create(person=user, reason="A court case.")
    retention_apply(on=datetime.date(2026, 1, 6))
    assert Notification.objects.filter(pk=old.pk).exists()
