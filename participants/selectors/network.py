"""The network: people from a lead's earlier projects who said they would like to be asked
about future work, and who are not yet in (or invited to) this project."""

from django.db.models import Q

from participants.models import Invitation, Participant
from projects.roles import MemberStatus, Role

NETWORK_LIMIT = 50


def network_for(project, lead):
    """One row per person (the latest place they held), in a fixed order."""
    led = Participant.objects.filter(user=lead, role=Role.LEAD).values("project")
    already = project.participants.exclude(user=None).values("user")
    pending = Invitation.objects.pending().filter(project=project)
    emails = {e.lower() for e in pending.exclude(email="").values_list("email", flat=True)}
    names = set(pending.filter(email="").values_list("name", flat=True))
    people = (
        Participant.objects.filter(project__in=led, wants_future_involvement=True)
        .exclude(project=project)
        .exclude(status__in=[MemberStatus.DECLINED, MemberStatus.PENDING])
        .exclude(Q(user__in=already))
        .select_related("user", "project")
        .order_by("display_name", "-pk")
    )
    seen, rows = set(), []
    for person in people:
        key = person.user_id or f"offline-{person.pk}"
        if person.user_id and person.user.email.lower() in emails:
            continue
        if not person.user_id and person.display_name in names:
            continue
        if key not in seen:
            seen.add(key)
            rows.append(person)
    return rows[:NETWORK_LIMIT]
