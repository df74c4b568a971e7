"""Accounts nobody signs in to: warned 30 and 7 days ahead (once each, on their channel), then
removed; signing in starts again; a legal hold on the person or a project of theirs stops it.
The clock moves through `on`, the day the schedule is applied for."""

import datetime

import pytest
from django.utils import timezone

from participants.models import Notification, Participant, User
from projects.models import LegalHold
from projects.retention.run import retention_apply
from tests.factories import ParticipantFactory, ProjectFactory, UserFactory

LAST_SIGN_IN = timezone.make_aware(datetime.datetime(2024, 1, 10, 12))
REMOVAL_DAY = datetime.date(2026, 1, 11)  # two years of not signing in, counted in whole days


def day(offset):
    return REMOVAL_DAY + datetime.timedelta(days=offset)


@pytest.fixture
def sleeper(db):
    user = UserFactory(email="sleeper@example.org", display_name="Sam Sleeper")
    User.objects.filter(pk=user.pk).update(last_login=LAST_SIGN_IN, date_joined=LAST_SIGN_IN)
    ParticipantFactory(user=user, project=ProjectFactory(slug="kept"), display_name="Sam Sleeper")
    return user


def warnings_of(user):
    return list(
        Notification.objects.filter(user=user, subject__startswith="Your account will be removed")
        .order_by("pk")
        .values_list("subject", flat=True)
    )


def run(offset):
    return retention_apply(on=day(offset))


def test_nobody_is_warned_before_thirty_days(sleeper):
    run(-31)
    assert warnings_of(sleeper) == []


def test_warned_thirty_then_seven_days_ahead_once_each(sleeper, mailoutbox):
    run(-30)
    run(-30)
    run(-20)
    assert warnings_of(sleeper) == ["Your account will be removed on 11 January 2026"]
    assert [m.subject for m in mailoutbox] == [
        "Codesign: Your account will be removed on 11 January 2026"
    ]
    run(-7)
    run(-6)
    assert len(warnings_of(sleeper)) == 2
    assert User.objects.filter(pk=sleeper.pk).exists()


def test_removed_on_the_day_with_their_place_kept_anonymously(sleeper):
    for offset in (-30, -7, -1):
        run(offset)
    assert User.objects.filter(pk=sleeper.pk).exists()
    run(0)
    assert not User.objects.filter(pk=sleeper.pk).exists()
    place = Participant.objects.get(project__slug="kept")
    assert (place.display_name, place.user_id) == ("A former participant", None)
    run(0)  # again: the same end state
    assert Participant.objects.filter(project__slug="kept").count() == 1


def test_never_removed_without_a_week_of_warning(sleeper):
    # The schedule first runs long after the two years are up: warned, and removed a week on.
    run(100)
    assert User.objects.filter(pk=sleeper.pk).exists()
    assert warnings_of(sleeper)
    run(106)
    assert User.objects.filter(pk=sleeper.pk).exists()
    run(107)
    assert not User.objects.filter(pk=sleeper.pk).exists()


def test_signing_in_starts_again(sleeper):
    run(-30)
    User.objects.filter(pk=sleeper.pk).update(
        last_login=timezone.make_aware(datetime.datetime(2025, 12, 20, 9))
    )
    for offset in (-7, 0, 30):
        run(offset)
    assert User.objects.filter(pk=sleeper.pk).exists()
    assert len(warnings_of(sleeper)) == 1


@pytest.mark.parametrize("on", ["person", "project"])
def test_a_legal_hold_keeps_the_account(sleeper, on):
    if on == "person":
        target = {"person": sleeper}
    else:
        target = {"project": Participant.objects.get(user=sleeper).project}
    hold = LegalHold.objects.create(reason="A complaint is open.", **target)
    for offset in (-30, -7, 0, 400):
        run(offset)
    assert User.objects.filter(pk=sleeper.pk).exists()
    assert warnings_of(sleeper) == []
    hold.lifted_at = timezone.now()
    hold.save()
    for offset in (400, 407):
        run(offset)
    assert not User.objects.filter(pk=sleeper.pk).exists()


def test_site_staff_accounts_stay(sleeper):
    User.objects.filter(pk=sleeper.pk).update(is_staff=True)
    for offset in (-30, -7, 0):
        run(offset)
    assert User.objects.filter(pk=sleeper.pk).exists()


def test_a_dry_run_changes_nothing_and_lists_the_account(sleeper):
    for offset in (-30, -7):
        run(offset)
    lines = retention_apply(on=day(0), dry_run=True)
    accounts = next(line for line in lines if line.record_type.key == "accounts")
    assert [user.pk for user in accounts.due] == [sleeper.pk]
    assert User.objects.filter(pk=sleeper.pk).exists()
