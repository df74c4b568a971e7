"""What the sessions app holds about one person, for their "all your data" page and download.

Only the person's own answers: never who else replied, was tagged or came.
"""

from django.utils import formats, timezone

from projects.money import format_pence
from sessions.models import Attendance, Availability, CalendarSettings, Claim, SessionPhoto


def _when(value):
    return formats.date_format(timezone.localtime(value), "j F Y, H:i") if value else None


def session_replies_of(user):
    replies = (
        Attendance.objects.filter(participant__user=user)
        .select_related("session__project")
        .order_by("session__starts_at", "pk")
    )
    rows = []
    for reply in replies:
        session = reply.session
        row = {
            "Project": session.project.title,
            "Session": session.title,
            "When": _when(session.starts_at),
            "Your reply": reply.get_reply_display() or "No reply yet",
            "What you needed this time": ", ".join(
                words
                for wanted, words in [
                    (reply.needs_childcare, "childcare"),
                    (reply.needs_travel, "help with travel"),
                    (bool(reply.needs_other), reply.needs_other),
                ]
                if wanted
            )
            or "Nothing",
            "Your name shown on the list of who is coming": "Yes" if reply.show_name else "No",
            "You came": "Yes" if reply.attended else "No",
        }
        for question, answer in reply.answers():
            row[question] = answer
        rows.append(row)
    return rows


def time_answers_of(user):
    answers = (
        Availability.objects.filter(participant__user=user)
        .select_related("option__poll__project")
        .order_by("option__starts_at", "pk")
    )
    return [
        {
            "Project": a.option.poll.project.title,
            "Finding a time for": a.option.poll.title,
            "Time": _when(a.option.starts_at),
            "Your answer": a.get_answer_display(),
        }
        for a in answers
    ]


def calendar_settings_of(user):
    found = CalendarSettings.objects.filter(user=user).first()
    if found is None:
        return []
    return [
        {
            "Private calendar address": "Turned on" if found.feed_token else "Turned off",
            "Session reminders": "On" if found.reminders_on else "Off",
        }
    ]


def photos_tagged_of(user):
    photos = (
        SessionPhoto.objects.filter(tagged__user=user)
        .select_related("session__project")
        .order_by("uploaded_at", "pk")
        .distinct()
    )
    return [
        {
            "Project": p.session.project.title,
            "Session": p.session.title,
            "Photo": p.alt_text,
            "Added": _when(p.uploaded_at),
        }
        for p in photos
    ]


def claims_of(user):
    """The person's payment claims: what they claimed, how they chose to be paid, what was paid."""
    claims = (
        Claim.objects.filter(participant__user=user)
        .select_related("session__project")
        .order_by("submitted_at", "pk")
    )
    return [
        {
            "Project": claim.session.project.title,
            "Session": claim.session.title,
            "When": _when(claim.session.starts_at),
            "Time claimed (minutes)": claim.minutes,
            "How you chose to be paid": claim.get_route_display(),
            "For your time": format_pence(claim.time_pence),
            "Expenses": format_pence(claim.expenses_pence),
            "Status": claim.get_status_display(),
            "Paid on": claim.paid_on.isoformat() if claim.paid_on else None,
        }
        for claim in claims
    ]
