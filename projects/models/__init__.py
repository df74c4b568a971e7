"""The projects app's models, one module per concept; everything imports them from here
(`from projects.models import Project, Outcome`), and so do the migrations."""

from projects.models.content import Decision, GlossaryTerm, Resource, Update, resource_upload_to
from projects.models.evidence import (
    RUNG_MEANINGS,
    LadderRater,
    LadderRating,
    ReportEdit,
    Rung,
    _random_key,
)
from projects.models.funding import FundingContribution, Partner, Spend, SpendCategory
from projects.models.organisations import OrganisationMember
from projects.models.outcomes import (
    Outcome,
    OutcomePhoto,
    OutcomeReview,
    Reflection,
    outcome_photo_path,
)
from projects.models.projects import (
    AuditEntry,
    Organisation,
    Project,
    ProjectQuerySet,
    Stage,
    StageChange,
)
from projects.models.retention import LegalHold, RetentionOverride

__all__ = [
    "RUNG_MEANINGS",
    "AuditEntry",
    "Decision",
    "FundingContribution",
    "GlossaryTerm",
    "LadderRater",
    "LegalHold",
    "LadderRating",
    "Organisation",
    "OrganisationMember",
    "Outcome",
    "OutcomePhoto",
    "OutcomeReview",
    "Partner",
    "Project",
    "ProjectQuerySet",
    "Reflection",
    "ReportEdit",
    "Resource",
    "RetentionOverride",
    "Rung",
    "Spend",
    "SpendCategory",
    "Stage",
    "StageChange",
    "Update",
    "_random_key",
    "outcome_photo_path",
    "resource_upload_to",
]
