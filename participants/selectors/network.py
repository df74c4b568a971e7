"""The network: people who said "ask me about future work", are not taking a break, and took
part before, either in one lead's earlier projects or in any project an organisation is a
partner of; and a person's own answer.
"""

import datetime

from django.db.models import Count, Exists, F, IntegerField, OuterRef, Prefetch, Subquery
from django.db.models.functions import Coalesce
from django.utils import timezone

from participants.models import FutureWork, Invitation, NetworkAsk, Participant, User
from participants.registries.involvement import involvement
from participants.registries.roles_held import roles_held
from projects.models import Partner, Project
from projects.roles import MemberStatus, Role


def future_work_of(user):
    """The person's answer, or None if they have never given one."""
    return FutureWork.objects.filter(user=user).first()


def _places_in(projects):
    """Places held in these projects that count: not a request still waiting or refused."""
    return Participant.objects.filter(project__in=projects).exclude(
        status__in=[MemberStatus.DECLINED, MemberStatus.PENDING]
    )


def _willing(places, today):
    """Everyone with a place among `places` who says yes and is not on a break, the least
    recently asked first (never asked before anyone asked), with `places` (the latest first),
    `last_asked` and `asked_this_year`."""
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


def _not_yet_in(people, project):
    """Leave out whoever is in the project already, or has an invitation to it running."""
    pending = Invitation.objects.pending().filter(project=project)
    asks = NetworkAsk.objects.filter(user=OuterRef("pk"))
    return (
        people.exclude(pk__in=project.participants.exclude(user=None).values("user"))
        .exclude(Exists(pending.exclude(email="").filter(email__iexact=OuterRef("email"))))
        .exclude(Exists(asks.filter(project=project, invitation__in=pending)))
    )


def network_people(project, lead, *, today=None):
    """People from the lead's other projects to ask to join `project`."""
    led = Participant.objects.filter(user=lead, role=Role.LEAD).values("project")
    places = _places_in(led).exclude(project=project)
    return _not_yet_in(_willing(places, today or timezone.localdate()), project)


def organisation_projects(organisation):
    return Project.objects.filter(
        pk__in=Partner.objects.filter(organisation=organisation).values("project")
    )


def organisation_network(organisation, *, project=None, today=None):
    """The organisation's network: people who took part in any project it is a partner of.
    Given `project`, only those not yet in it, to ask to join it."""
    places = _places_in(organisation_projects(organisation).values("pk"))
    people = _willing(places, today or timezone.localdate())
    return people if project is None else _not_yet_in(people, project)


def with_track_records(people, organisation):
    """Give each person on a page `sessions_attended`, `trainings` and `roles`, counting only
    the organisation's projects: a flat number of queries for the whole page."""
    people = list(people)
    project_ids = set(organisation_projects(organisation).values_list("pk", flat=True))
    ids = [person.pk for person in people]
    done = involvement.for_users(ids, project_ids=project_ids)
    roles = roles_held.for_users(ids)
    for person in people:
        person.sessions_attended = done[person.pk].get("sessions_attended") or 0
        person.trainings = done[person.pk].get("trainings") or ()
        person.roles = [r for r in roles.get(person.pk, []) if r.project_id in project_ids]
    return people


def organisations_of(user):
    """The organisations the person works for on the site, for their "all your data" page."""
    return [
        {"Organisation": place.organisation.name, "Leads its network": place.is_lead}
        for place in user.organisation_places.select_related("organisation")
    ]
