"""Paid involvement's parts of the project overview (registered in sessions/apps.py).

A person's own line (what they can claim for, what of theirs is waiting) is cached under a key
of their own; the leads' line (the claims queue) once for the project. Both are kept for each
version of the project's data (projects/freshness.py) and only until time alone would change
them: a session the person came to ending, a new day making claims late. Who sees which line
is decided on every request.
"""

from datetime import datetime, time, timedelta

from django.db.models import Count, Min, Q
from django.utils import timezone

from projects.freshness import cached_until, for_person
from sessions.models import Attendance, Claim
from sessions.payments.selectors.payments import paid_roles, payment_terms, queue_counts


def own_claims_for(project, user, member):
    """The overview's line for a person: sessions they can claim for, claims waiting. Two
    queries, none once cached; None when there is nothing to say. Project leads see the claims
    queue in their attention list instead (their own claims are on the payments page)."""
    if member is None or user.has_perm("workshops.manage_payments", project):
        return None
    counts = cached_until(
        project, for_person("own_claims", member), lambda now: _own_claims(member, now)
    )
    if not counts["can_claim"] and not counts["waiting"]:
        return None
    return {"project": project, **counts}


def _own_claims(member, now):
    """What `claimable_attendances` counts, and the moment the next session this person came
    to ends (from then on they can claim for it too). Nothing to claim for a role the rate card
    does not pay (the rule of `workshops.make_claim`; a new rate moves the data version)."""
    if member.role not in paid_roles(member.project):
        waiting = Claim.objects.filter(participant=member).open().count()
        return {"can_claim": 0, "waiting": waiting}, None
    came = (
        Attendance.objects.attended()
        .filter(participant=member)
        .exclude(session__claims__participant=member)
        .aggregate(
            can_claim=Count("pk", filter=Q(session__ends_at__lt=now)),
            next_end=Min("session__ends_at", filter=Q(session__ends_at__gte=now)),
        )
    )
    waiting = Claim.objects.filter(participant=member).open().count()
    return {"can_claim": came["can_claim"], "waiting": waiting}, came["next_end"]


def lead_claims_for(project, user, member):
    """The overview's attention items for leads: claims waiting, and those past the target.
    Two queries, none once cached (until the day ends: a claim can become late overnight)."""
    if not user.has_perm("workshops.manage_payments", project):
        return None
    counts = cached_until(project, "claims_to_decide", lambda now: _queue(project, now))
    if not counts["waiting"] and not counts["to_pay"]:
        return None
    return {"project": project, **counts}


def _queue(project, now):
    terms = payment_terms(project)
    today = timezone.localdate(now)
    counts = queue_counts(project, terms, today=today)
    tomorrow = timezone.make_aware(datetime.combine(today + timedelta(days=1), time.min))
    return counts | {"paid_within_days": terms.paid_within_days}, tomorrow
