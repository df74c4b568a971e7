"""What an organisation's safeguarding leads see: the projects the organisation leads, and the
concerns raised in them."""

from django.db.models import Count, Q

from projects.models import Project
from projects.retention.schedule import lead_organisations
from sessions.models import Concern
from sessions.safeguarding.selectors.concerns import with_register_counts


def _project_ids(organisation):
    """The projects the organisation is a lead partner of."""
    return list(lead_organisations(organisation_ids=[organisation.pk]))


def projects_led(organisation):
    return Project.objects.filter(pk__in=_project_ids(organisation)).order_by("title", "pk")


def concerns_in_projects_led(organisation):
    """The concerns of every project the organisation leads."""
    return Concern.objects.filter(project__in=_project_ids(organisation))


def register(concerns):
    """`concerns` newest first, with their project and how many actions and late referrals
    each has."""
    return with_register_counts(concerns)


def counts(concerns):
    """(open, closed), counted by the database."""
    totals = concerns.aggregate(
        open=Count("pk", filter=Q(status=Concern.Status.OPEN)),
        closed=Count("pk", filter=Q(status=Concern.Status.CLOSED)),
    )
    return totals["open"], totals["closed"]
