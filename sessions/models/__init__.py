"""The sessions app's models, one module per concept, gathered here so Django finds them."""

from sessions.models.comments import Comment, CommentReport
from sessions.models.evaluations import EvaluationSheet
from sessions.models.pitches import Pitch, PitchScore
from sessions.models.prototypes import (
    Prototype,
    PrototypeDecision,
    PrototypeImage,
    PrototypeVersion,
    prototype_image_path,
)
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
from sessions.models.test_rounds import Feedback, TestRound

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
    "Prototype",
    "PrototypeDecision",
    "PrototypeImage",
    "PrototypeVersion",
    "prototype_image_path",
    "Comment",
    "CommentReport",
    "EvaluationSheet",
    "Pitch",
    "PitchScore",
    "Feedback",
    "TestRound",
]
