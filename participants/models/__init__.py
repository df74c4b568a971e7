"""The participants app's models, one module per concept; everything imports them from here
(`from participants.models import User, Participant`), and so do the migrations."""

from participants.models.accounts import (
    SIGN_IN_CODE_DAYS,
    Notification,
    SignInCode,
    SignInCodeQuerySet,
    User,
    UserManager,
    sign_in_code_expiry,
)
from participants.models.deliveries import Delivery, DoNotInvite
from participants.models.membership import (
    INVITATION_DAYS,
    Invitation,
    InvitationQuerySet,
    InvitationState,
    Participant,
    ParticipantQuerySet,
    invitation_expiry,
)
from participants.models.needs import Consent, SupportNeeds
from participants.models.network import FutureWork, NetworkAsk
from participants.models.retention import RemovalWarning
from participants.models.working_group import ENDING_DAYS, GroupTerm, GroupTermQuerySet

__all__ = [
    "RemovalWarning",
    "ENDING_DAYS",
    "GroupTerm",
    "GroupTermQuerySet",
    "INVITATION_DAYS",
    "SIGN_IN_CODE_DAYS",
    "Consent",
    "Delivery",
    "DoNotInvite",
    "FutureWork",
    "Invitation",
    "InvitationQuerySet",
    "InvitationState",
    "NetworkAsk",
    "Notification",
    "Participant",
    "ParticipantQuerySet",
    "SignInCode",
    "SignInCodeQuerySet",
    "SupportNeeds",
    "User",
    "UserManager",
    "invitation_expiry",
    "sign_in_code_expiry",
]
