"""Meetings' models: sessions and disruption, replies and attendance, finding a time."""

from sessions.meetings.models.offline import OfflineAction
from sessions.meetings.models.polls import Availability, TimeOption, TimePoll
from sessions.meetings.models.replies import (
    Attendance,
    AttendanceQuerySet,
    CalendarSettings,
    Reminder,
    SessionPhoto,
    photo_path,
)
from sessions.meetings.models.sessions import (
    WORKING_DAY_ENDS,
    WORKING_DAY_STARTS,
    Disruption,
    Kind,
    Session,
    SessionQuerySet,
    in_working_hours,
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
    "OfflineAction",
    "Reminder",
    "Session",
    "SessionPhoto",
    "SessionQuerySet",
    "TimeOption",
    "TimePoll",
    "in_working_hours",
    "photo_path",
]
