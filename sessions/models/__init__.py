"""The app's models, one module per concept; Django and the rest of the code import them from
here (`from sessions.models import Session, Claim`)."""

from sessions.models.payments import (
    Claim,
    Expense,
    PaymentTerms,
    Rate,
    Route,
    receipt_path,
)
from sessions.models.sessions import (
    WORKING_DAY_ENDS,
    WORKING_DAY_STARTS,
    Attendance,
    Availability,
    CalendarSettings,
    Disruption,
    Kind,
    Reminder,
    Session,
    SessionPhoto,
    TimeOption,
    TimePoll,
    in_working_hours,
    photo_path,
)

__all__ = [
    "WORKING_DAY_ENDS",
    "WORKING_DAY_STARTS",
    "Attendance",
    "Availability",
    "CalendarSettings",
    "Claim",
    "Disruption",
    "Expense",
    "Kind",
    "PaymentTerms",
    "Rate",
    "Reminder",
    "Route",
    "Session",
    "SessionPhoto",
    "TimeOption",
    "TimePoll",
    "in_working_hours",
    "photo_path",
    "receipt_path",
]
