"""Keeping people safe on the project overview. The safeguarding leads see how many concerns
are open (and any referral past its day) first, whatever their role; the person who raised a
concern sees that it was received. Only numbers and a day are cached, never a concern's words;
who sees which line is decided on every request."""

import rules
from django.db.models import Count, Q
from django.utils import timezone

from projects.freshness import cached
from sessions.models import Concern, Referral
from sessions.safeguarding.selectors.concerns import raised_by_me
from sessions.safeguarding.selectors.vetting import SOON_DAYS, vetting_due_counts


def concerns_for(project, user, member):
    """One query, none once cached (for the day: a referral can become late overnight)."""
    if not rules.has_perm("workshops.handle_concerns", user, project):
        return None
    today = timezone.localdate()
    counts = cached(project, f"concerns_open:{today.isoformat()}", lambda: _counts(project, today))
    return {"project": project, "open": counts[0], "late": counts[1]}


def _counts(project, today):
    opened = Concern.objects.filter(project=project, status=Concern.Status.OPEN).aggregate(
        n=Count("pk")
    )["n"]
    late = Referral.objects.filter(
        Q(made_on__isnull=True, due_on__lt=today),
        concern__project=project,
        concern__status=Concern.Status.OPEN,
    ).count()
    return opened, late


def own_concerns_for(project, user, member):
    """'You told the safeguarding leads…': two queries, none once cached."""
    if member is None or member.user_id is None:
        return None
    count, last = raised_by_me(project, member)
    if not count:
        return None
    return {"project": project, "count": count, "last": last}


def vetting_attention_for(project, user, member):
    """Checks running out within SOON_DAYS, or run out: for the people who record them. One
    query, none once cached for the day."""
    if not rules.has_perm("workshops.record_vetting", user, project):
        return None
    soon, expired = vetting_due_counts(project, timezone.localdate())
    if not soon and not expired:
        return None
    return {"project": project, "soon": soon, "expired": expired, "days": SOON_DAYS}
