"""The network: people from a lead's earlier projects who said "ask me about future work", are
not taking a break, and are not yet in (or invited to) this project; and a person's own answer.
"""

import datetime

from django.db.models import Count, Exists, F, IntegerField, OuterRef, Prefetch, Subquery
from django.db.models.functions import Coalesce
from django.utils import timezone

from participants.models import FutureWork, Invitation, NetworkAsk, Participant, User
from projects.roles import MemberStatus, Role


def future_work_of(user):
    """The person's answer, or None if they have never given one."""
    return FutureWork.objects.filter(user=user).first()


def _places_in(led):
    """Places held in the lead's projects that count: not a request still waiting or refused."""
    return Participant.objects.filter(project__in=led).exclude(
        status__in=[MemberStatus.DECLINED, MemberStatus.PENDING]
    )


def network_people(project, lead, *, today=None):
    """One row per person (a User), the least recently asked first (never asked before anyone
    asked), with `places` (their places in the lead's other projects, the latest first),
    `last_asked` and `asked_this_year`."""
    today = today or timezone.localdate()
    led = Participant.objects.filter(user=lead, role=Role.LEAD).values("project")
    places = _places_in(led).exclude(project=project)
    pending = Invitation.objects.pending().filter(project=project)
    asks = NetworkAsk.objects.filter(user=OuterRef("pk"))
    year_start = timezone.make_aware(datetime.datetime(today.year, 1, 1))
    this_year = (
        asks.filter(asked_at__gte=year_start)
        .order_by()
        .values("user")
        .annotate(n=Count("pk"))
        .values("n")
    )
    return (
        User.objects.filter(
            pk__in=places.values("user"), is_active=True, future_work__wants_asking=True
        )
        .exclude(future_work__break_until__gte=today)
        .exclude(pk__in=project.participants.exclude(user=None).values("user"))
        .exclude(Exists(pending.exclude(email="").filter(email__iexact=OuterRef("email"))))
        .exclude(Exists(asks.filter(project=project, invitation__in=pending)))
        .select_related("future_work")
        .annotate(
            last_asked=Subquery(asks.order_by("-asked_at").values("asked_at")[:1]),
            asked_this_year=Coalesce(Subquery(this_year, output_field=IntegerField()), 0),
        )
        .order_by(F("last_asked").asc(nulls_first=True), "display_name", "pk")
        .prefetch_related(
            Prefetch(
                "participations",
                queryset=places.select_related("project").order_by("-pk"),
                to_attr="places",
            )
        )
    )
