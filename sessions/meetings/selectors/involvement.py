"""Sessions a person came to, counted for the organisation's network page."""

from django.db.models import Count

from sessions.meetings.models import Attendance


def sessions_attended_by(user_ids, project_ids):
    """{user_id: number of sessions they came to in the given projects}, in one query."""
    rows = (
        Attendance.objects.attended()
        .filter(participant__user_id__in=user_ids, session__project_id__in=project_ids)
        .order_by()
        .values("participant__user_id")
        .annotate(n=Count("session", distinct=True))
        .values_list("participant__user_id", "n")
    )
    return dict(rows)
