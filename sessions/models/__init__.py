"""The sessions app's models, one module per concept, gathered here so Django finds them."""

from sessions.models.sessions import (
    WORKING_DAY_ENDS,
    WORKING_DAY_STARTS,
    Attendance,
    AttendanceQuerySet,
    Availability,
    CalendarSettings,
    Disruption,
    Kind,
    Reminder,
    Session,
    SessionPhoto,
    SessionQuerySet,
    TimeOption,
    TimePoll,
    in_working_hours,
    photo_path,
)

__all__ = [
    "WORKING_DAY_ENDS",
    "WORKING_DAY_STARTS",
    "Attendance",
    "AttendanceQuerySet",
    "Availability",
    "CalendarSettings",
    "Disruption",
    "Kind",
    "Reminder",
    "Session",
    "SessionPhoto",
    "SessionQuerySet",
    "TimeOption",
    "TimePoll",
    "in_working_hours",
    "photo_path",
]
