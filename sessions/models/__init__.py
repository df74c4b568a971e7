"""The app's models, one module per concept; Django and the rest of the code import them from
here (`from sessions.models import Session, Claim, Prototype`)."""

from sessions.meetings.models import (
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
from sessions.payments.models import (
    Claim,
    Expense,
    PaymentTerms,
    Rate,
    Route,
    receipt_path,
)
from sessions.prototypes.models.comments import Comment, CommentReport
from sessions.prototypes.models.evaluations import EvaluationSheet
from sessions.prototypes.models.pitches import Pitch, PitchScore
from sessions.prototypes.models.prototypes import (
    Prototype,
    PrototypeDecision,
    PrototypeImage,
    PrototypeVersion,
    prototype_image_path,
)
from sessions.prototypes.models.rounds import Feedback, TestRound
from sessions.safeguarding.models import (
    Concern,
    ConcernAction,
    Referral,
    SafeguardingLead,
    Vetting,
)

__all__ = [
    "Concern",
    "ConcernAction",
    "Referral",
    "SafeguardingLead",
    "Vetting",
    "WORKING_DAY_ENDS",
    "WORKING_DAY_STARTS",
    "Attendance",
    "AttendanceQuerySet",
    "Availability",
    "CalendarSettings",
    "Claim",
    "Comment",
    "CommentReport",
    "Disruption",
    "EvaluationSheet",
    "Expense",
    "Feedback",
    "Kind",
    "PaymentTerms",
    "Pitch",
    "PitchScore",
    "Prototype",
    "PrototypeDecision",
    "PrototypeImage",
    "PrototypeVersion",
    "Rate",
    "Reminder",
    "Route",
    "Session",
    "SessionPhoto",
    "SessionQuerySet",
    "TestRound",
    "TimeOption",
    "TimePoll",
    "in_working_hours",
    "photo_path",
    "prototype_image_path",
    "receipt_path",
]
