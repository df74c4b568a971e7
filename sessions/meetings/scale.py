"""Sessions, past and upcoming, and the replies and attendance that go with them."""

from datetime import timedelta
from itertools import chain

from django.utils import timezone

from sessions.models import Attendance, Disruption, Kind, Session
from sessions.scale_rows import BATCH, TOPICS, member_pks, spread

PLACES = [("The youth centre", "12 High Street"), ("The library", "Library Road"), ("", "")]
KINDS = [Kind.WORKSHOP, Kind.WORKSHOP, Kind.WORKING_GROUP, Kind.TESTING, Kind.WORKSHOP]
HOURS = [10, 14, 18, 11, 17]
# Replies per session, in turn; one session in fifty is a big event.
REPLY_WEIGHTS = [12, 6, 20, 9, 3, 15, 8, 10]
REPLIES = [Attendance.Reply.YES] * 4 + [Attendance.Reply.MAYBE, Attendance.Reply.NO]
ANSWERS = ["Yes", "A lift home", "yes.", "Food that is not pizza"]


def top_up_sessions(project, n, *, by=None, now=None):
    """A session every other day: one in three is still to come; one in twelve is cancelled
    and one in nineteen moved online, each with what happened and why."""
    now = timezone.localtime(now)
    have = project.sessions.count()
    rows = []
    for i in range(have, n):
        days = 2 * (i // 3) + 1 if i % 3 == 0 else -2 * (i - i // 3)
        starts = (now + timedelta(days=days)).replace(
            hour=HOURS[i % len(HOURS)], minute=0, second=0, microsecond=0
        )
        kind = Kind.PITCH if i % 40 == 13 else KINDS[i % len(KINDS)]
        venue, address = PLACES[i % len(PLACES)]
        status = Session.Status.PLANNED
        if i % 12 == 7:
            status = Session.Status.CANCELLED
        elif i % 19 == 4:
            status = Session.Status.MOVED_ONLINE
        online = status == Session.Status.MOVED_ONLINE or not venue
        rows.append(
            Session(
                project=project,
                title=f"{Kind(kind).label} {i + 1}: {TOPICS[i % len(TOPICS)]}",
                kind=kind,
                description="What we will talk about, and what we made last time.",
                starts_at=starts,
                ends_at=starts + timedelta(hours=3 if i % 5 == 0 else 2),
                venue_name=venue,
                address=address,
                online_link=f"https://meet.example.org/{project.slug}-{i + 1}" if online else "",
                offers_travel=i % 2 == 0,
                offers_childcare=i % 3 == 0,
                offers_food=i % 4 != 1,
                capacity=30 if i % 4 == 0 else None,
                question_1="Is there anything that would make it easier to come?" if i % 2 else "",
                status=status,
                notes_after="What we made, and what to do next." if days < 0 and i % 3 else "",
                created_by=by,
            )
        )
    made = Session.objects.bulk_create(rows, batch_size=BATCH)
    Disruption.objects.bulk_create(
        (
            Disruption(
                session=session,
                action=session.status,
                reason=Disruption.Reason.values[session.pk % len(Disruption.Reason.values)],
                old_starts_at=session.starts_at,
                old_ends_at=session.ends_at,
                online_link=session.online_link,
                by=by,
                at=min(now, session.starts_at - timedelta(days=1)),
                people_told=12,
            )
            for session in made
            if session.is_disrupted
        ),
        batch_size=BATCH,
    )


def top_up_replies(project, n, *, regulars=(), now=None):
    """Replies from members in turn (so every role), `regulars` first at every other session,
    a few sessions far busier than the rest. Past sessions record who came; a session with a
    set number of places puts the rest on its waiting list."""
    now = now or timezone.now()
    sessions = list(project.sessions.order_by("pk"))
    members = member_pks(project)
    if not sessions or not members:
        return
    taken, yes = {}, {}
    for session_pk, person, reply in Attendance.objects.filter(
        session__project=project
    ).values_list("session_id", "participant_id", "reply"):
        taken.setdefault(session_pk, set()).add(person)
        yes[session_pk] = yes.get(session_pk, 0) + (reply == Attendance.Reply.YES)
    weights = [
        100 if s % 50 == 1 else REPLY_WEIGHTS[s % len(REPLY_WEIGHTS)] for s in range(len(sessions))
    ]
    have = [len(taken.get(session.pk, ())) for session in sessions]
    adds = spread(n, weights, have, len(members))
    known = set(members)
    regulars = [pk for pk in regulars if pk in known]
    rows = []
    for s, (session, add) in enumerate(zip(sessions, adds, strict=True)):
        start = (s * 131) % len(members)
        turn = (members[(start + j) % len(members)] for j in range(len(members)))
        order = chain(regulars if s % 2 == 0 else [], turn)
        seen = set(taken.get(session.pk, ()))
        k = have[s]
        for person in order:
            if k >= have[s] + add:
                break
            if person in seen:
                continue
            seen.add(person)
            rows.append(_reply(session, person, k + s, yes, now))
            k += 1
    Attendance.objects.bulk_create(rows, batch_size=BATCH)


def _reply(session, person, k, yes, now):
    reply = REPLIES[k % len(REPLIES)]
    is_past = session.ends_at < now
    if reply == Attendance.Reply.YES and session.capacity:
        if yes.get(session.pk, 0) >= session.capacity:
            reply = Attendance.Reply.WAITING
        yes[session.pk] = yes.get(session.pk, 0) + (reply == Attendance.Reply.YES)
    came = is_past and not session.is_cancelled and reply == Attendance.Reply.YES and k % 7 != 6
    replied = min(now, session.starts_at - timedelta(days=k % 10 + 1))
    return Attendance(
        session=session,
        participant_id=person,
        reply=reply,
        answer_1=ANSWERS[k % len(ANSWERS)] if session.question_1 and k % 2 == 0 else "",
        needs_childcare=k % 11 == 0,
        needs_travel=k % 5 == 0,
        needs_other="Step-free access" if k % 13 == 0 else "",
        show_name=k % 3 == 0,
        replied_at=replied,
        waiting_since=replied if reply == Attendance.Reply.WAITING else None,
        attended=came,
        checked_in_at=session.starts_at + timedelta(minutes=k % 20) if came else None,
    )
