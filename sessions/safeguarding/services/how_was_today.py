""" "How was today?": asking the people who came to a session, keeping their answer, telling the
people who ran it about a "not good", and passing a worry to the safeguarding leads.

A worry's words go into the concern only (where the safeguarding leads alone read them), never
into the answer the session's runners may see, nor into any message.
"""

import uuid
from datetime import timedelta

from django.db import IntegrityError, transaction
from django.db.models import Exists, OuterRef
from django.urls import reverse
from django.utils import timezone

from participants.notify import notify, site_url
from projects.freshness import changes_project, project_changed_by_id
from projects.roles import MemberStatus
from sessions.meetings.selectors.runners import session_runners
from sessions.models import Attendance, Concern, DayAnswer, Reminder, Session
from sessions.safeguarding.services.concerns import concern_raise

# The question goes to people who came to sessions that ended at most this long ago, so a
# check-in recorded the next morning still brings it.
ASK_WITHIN = timedelta(days=2)


def how_was_today_path(session):
    return reverse("safeguarding:today", kwargs={"slug": session.project.slug, "pk": session.pk})


@transaction.atomic
@changes_project(via="session")
def how_was_today_answer(*, session, participant, feeling, words="", shared=False, worried=False):
    """Keep the person's one answer for the session (sending it again changes it). Returns it."""
    answer = _locked_answer(session, participant)
    if worried and answer.concern_id is None:
        answer.concern, _ = concern_raise(
            project=session.project,
            by=participant.user,
            token=uuid.uuid4(),
            category=Concern.Category.WELFARE,
            what_happened=words,
            when_text=f"At or after the session “{session.title}” on "
            f"{timezone.localtime(session.starts_at):%-d %B %Y}",
        )
    answer.feeling = feeling
    answer.words = "" if worried else words
    answer.shared = shared
    answer.answered_at = timezone.now()
    if answer.is_not_good and answer.runners_told_at is None:
        _tell_the_runners(session, answer)
        answer.runners_told_at = answer.answered_at
    answer.save()
    return answer


def _locked_answer(session, participant):
    found = DayAnswer.objects.select_for_update().filter(session=session, participant=participant)
    answer = found.first()
    if answer is not None:
        return answer
    try:
        with transaction.atomic():
            return DayAnswer.objects.create(
                session=session, participant=participant, feeling=DayAnswer.Feeling.OKAY
            )
    except IntegrityError:  # the same answer sent twice at once: the first row counts
        return found.get()


def _tell_the_runners(session, answer):
    who = answer.participant.display_name if answer.shared else "Someone"
    when = f"{timezone.localtime(session.starts_at):%-d %B}"
    path = session.get_absolute_url()
    for runner in session_runners(session):
        if runner.user is None or runner.pk == answer.participant_id:
            continue
        notify(
            user=runner.user,
            project=session.project,
            subject=f"{who} said today was not good",
            body=f"{who} who came to “{session.title}” on {when} answered “How was today?” with "
            f"“not good”. You may want to check in with them. See the session: {site_url(path)}",
            link=path,
            action="See the session",
            text="Someone said a session was not good",
        )


def how_was_today_ask(*, now=None):
    """Ask everyone checked in at a session that ended in the last two days, once each (a
    `Reminder` row under a unique constraint), how it was. Safe to run twice. Returns how many
    were asked."""
    now = now or timezone.now()
    asked_already = Reminder.objects.filter(
        session=OuterRef("session"),
        participant=OuterRef("participant"),
        kind=Reminder.Kind.HOW_WAS_TODAY,
    )
    came = (
        Attendance.objects.filter(
            attended=True,
            session__ends_at__lte=now,
            session__ends_at__gt=now - ASK_WITHIN,
            participant__status=MemberStatus.ACTIVE,
            participant__user__is_active=True,
        )
        .exclude(session__status=Session.Status.CANCELLED)
        .exclude(Exists(asked_already))
        .select_related("session__project", "participant__user")
    )
    asked = 0
    for attendance in came:
        asked += _ask(attendance.session, attendance.participant, now)
    return asked


def _ask(session, person, now):
    if DayAnswer.objects.filter(session=session, participant=person).exists():
        return 0
    path = how_was_today_path(session)
    try:
        with transaction.atomic():
            Reminder.objects.create(
                session=session, participant=person, kind=Reminder.Kind.HOW_WAS_TODAY, sent_at=now
            )
            notify(
                user=person.user,
                project=session.project,
                subject=f"How was today? {session.title}",
                body=f"Thank you for coming to “{session.title}”. How was it? It takes two taps: "
                f"{site_url(path)}",
                link=path,
                action="Say how it was",
                text="How was the session? Say on the site",
            )
    except IntegrityError:  # asked already, perhaps by another run at the same moment
        return 0
    return 1


@transaction.atomic
def how_was_today_forget_before(*, cutoff):
    """Delete the answers about sessions that ended before `cutoff` (a worry stays, as the
    concern it became). Returns how many went; running it again deletes nothing more."""
    old = DayAnswer.objects.filter(session__ends_at__lt=cutoff)
    project_changed_by_id(*set(old.values_list("session__project_id", flat=True)))
    deleted, _ = old.delete()
    return deleted
