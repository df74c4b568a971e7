"""Reads for places on the working group: the rounds on the group's page, one round's
applications with the panel's views, the terms ending and the notes left for the next members."""

import rules
from django.db.models import Count, Prefetch, Q
from django.utils import timezone

from participants.models import ENDING_DAYS, GroupTerm
from projects.freshness import cached
from projects.roles import MemberStatus, Role
from sessions.models import Application, PanelView, PlacesRound

# Rounds shown on the group's page; older ones stay reachable from their messages.
RECENT_ROUNDS = 5
LATEST_NOTES = 5


def rounds_of(project):
    return PlacesRound.objects.filter(project=project).prefetch_related("panel")


def recent_rounds(project):
    """The latest rounds, newest first, with how many people applied: one query (two with the
    panel)."""
    applied = Count("applications", filter=~Q(applications__status=Application.Status.WITHDRAWN))
    return list(rounds_of(project).annotate(applied=applied)[:RECENT_ROUNDS])


def my_applications(member, rounds):
    """{round id: the member's application} for the rounds shown."""
    if member is None or not rounds:
        return {}
    rows = Application.objects.filter(participant=member, round__in=rounds)
    return {application.round_id: application for application in rows}


def my_application(member, places_round):
    if member is None:
        return None
    return Application.objects.filter(participant=member, round=places_round).first()


def applications_for_panel(places_round):
    """Everyone who applied (not those who withdrew), first come first, with the panel's views
    and how many said yes, maybe and no, in a fixed number of queries."""
    views = PanelView.objects.select_related("member").order_by("given_at", "pk")
    return (
        places_round.applications.exclude(status=Application.Status.WITHDRAWN)
        .select_related("participant")
        .prefetch_related(Prefetch("views", queryset=views))
        .annotate(
            yes=Count("views", filter=Q(views__view=PanelView.View.YES)),
            maybe=Count("views", filter=Q(views__view=PanelView.View.MAYBE)),
            no=Count("views", filter=Q(views__view=PanelView.View.NO)),
        )
        .order_by("applied_at", "pk")
    )


def own_view(application, member):
    return PanelView.objects.filter(application=application, member=member).first()


def current_term(member):
    """The member's latest term, or None."""
    if member is None:
        return None
    return GroupTerm.objects.filter(participant=member).order_by("-ends_on", "-pk").first()


def handover_notes(project):
    """Notes outgoing members left for the next members, newest first."""
    return list(
        GroupTerm.objects.filter(participant__project=project)
        .exclude(handover_note="")
        .select_related("participant")
        .order_by("-note_written_at", "-pk")[:LATEST_NOTES]
    )


def round_ending(project, today=None):
    """The latest round whose term is ending: the one a hand-over starts from."""
    today = today or timezone.localdate()
    return (
        PlacesRound.objects.filter(
            project=project, term_ends__lte=today + timezone.timedelta(days=ENDING_DAYS)
        )
        .order_by("-term_ends", "-pk")
        .first()
    )


def terms_ending_for(project, user, member):
    """For the people who open places: how many members' terms end within ENDING_DAYS (or have
    ended), and the round to hand over from. One query a day, none once cached."""
    if not rules.has_perm("workshops.open_places", user, project):
        return None
    today = timezone.localdate()

    count, round_pk = cached(
        project, f"terms_ending:{today.isoformat()}", lambda: _ending(project, today)
    )
    if not count:
        return None
    return {"project": project, "count": count, "round_pk": round_pk, "days": ENDING_DAYS}


def open_places_for(project, user, member):
    """'Places on the working group are open' for the people a round is for who have not
    applied: the open rounds are cached for the day, and one query finds the viewer's own
    applications only when a round is for them. A round sent by link is not announced."""
    if member is None:
        return None
    today = timezone.localdate()
    rounds = cached(
        project, f"places_open:{today.isoformat()}", lambda: _open_rounds(project, today)
    )
    for_me = [
        row
        for row in rounds
        if member.pk not in row["panel"]
        and (row["who"] != PlacesRound.WhoMayApply.YOUNG_PEOPLE or member.role == Role.YOUNG_PERSON)
    ]
    if not for_me:
        return None
    applied = set(
        Application.objects.filter(
            participant=member, round_id__in=[row["pk"] for row in for_me]
        ).values_list("round_id", flat=True)
    )
    waiting = [row for row in for_me if row["pk"] not in applied]
    return {"project": project, "round": waiting[0]} if waiting else None


def _ending(project, today):
    """(how many people's terms are ending, the round to hand over from or None): the latest
    round they came in by, or else the latest round whose term is ending."""
    rows = (
        GroupTerm.objects.ending(today)
        .filter(participant__project=project, participant__status=MemberStatus.ACTIVE)
        .values_list("participant_id", "application__round_id")
    )
    people = {participant for participant, _ in rows}
    rounds = [round_id for _, round_id in rows if round_id is not None]
    if not people:
        return 0, None
    handing_over = max(rounds, default=None)
    if handing_over is None:
        latest = round_ending(project, today)
        handing_over = latest.pk if latest else None
    return len(people), handing_over


def _open_rounds(project, today):
    rows = (
        PlacesRound.objects.filter(project=project, decided_at=None, closes_on__gte=today)
        .exclude(who_may_apply=PlacesRound.WhoMayApply.LINK)
        .prefetch_related("panel")
        .order_by("closes_on", "pk")
    )
    return [
        {
            "pk": row.pk,
            "who": row.who_may_apply,
            "places": row.places,
            "closes_on": row.closes_on,
            "panel": {member.pk for member in row.panel.all()},
        }
        for row in rows
    ]
