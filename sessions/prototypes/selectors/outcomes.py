"""Reads about which ideas led to which outcomes: for the outcome form and page, for telling the
people behind an outcome, and for the evidence of who proposed the ideas that were adopted."""

from django.db.models import Avg, Count, Q

from participants.models import User
from projects.models import Outcome
from projects.registries.outcome_links import Linked
from projects.roles import MemberStatus, Role
from sessions.models import Comment, Feedback, Prototype, PrototypeDecision

# An outcome usually comes from an idea that was adopted or is being tried out.
LINKABLE = (Prototype.Status.ADOPTED, Prototype.Status.TESTING)
# Things people can hold or use; other ideas change how a service works.
RESOURCE_KINDS = (Prototype.Kind.INFORMATION_PACK, Prototype.Kind.MAP, Prototype.Kind.APP)


def linkable_prototypes(project, outcome=None):
    """Ideas an outcome may come from: adopted or being tested, and any already linked to it."""
    chosen = Q(status__in=LINKABLE)
    if outcome is not None:
        chosen |= Q(outcome=outcome)
    return project.prototypes.filter(chosen).select_related("outcome").order_by("title", "pk")


def prototypes_of(outcome):
    return list(outcome.prototypes.order_by("title", "pk"))


def prototypes_behind(outcome):
    """The ideas behind an outcome, for its page, with who added each by role."""
    rows = outcome.prototypes.select_related("project", "created_by").order_by("title", "pk")
    return [
        Linked(
            label="Idea",
            title=prototype.title,
            url=prototype.get_absolute_url(),
            detail=_added_by(prototype),
        )
        for prototype in rows
    ]


def _added_by(prototype):
    if prototype.created_by is None:
        return prototype.get_status_display()
    role = Role(prototype.created_by.role).label.lower()
    return f"{prototype.get_status_display()}; suggested by a {role}"


def prototype_makers(outcome):
    """Everyone still in the project who added, changed or commented on an idea behind it."""
    ideas = outcome.prototypes.values("pk")
    participant_ids = set(
        Prototype.objects.filter(pk__in=ideas, created_by__isnull=False).values_list(
            "created_by", flat=True
        )
    ) | set(
        Comment.objects.filter(
            prototype__in=ideas, author__isnull=False, deleted_at__isnull=True
        ).values_list("author", flat=True)
    )
    if not participant_ids:
        return []
    return User.objects.filter(
        participations__pk__in=participant_ids,
        participations__project_id=outcome.project_id,
        participations__status=MemberStatus.ACTIVE,
    ).distinct()


def adopted_ideas_by_role(project):
    """Who suggested the ideas that were adopted or led to an outcome: [(role label, n)], the
    number nobody is recorded for (added by someone who has left or on their behalf), and the
    total. One query."""
    rows = (
        project.prototypes.filter(Q(status=Prototype.Status.ADOPTED) | Q(outcome__isnull=False))
        .values("created_by__role")
        .annotate(n=Count("pk"))
        .order_by()
    )
    counts = {row["created_by__role"]: row["n"] for row in rows}
    unknown = counts.pop(None, 0)
    by_role = [(role.label, counts.get(role.value, 0)) for role in Role]
    return {
        "by_role": by_role,
        "unknown": unknown,
        "total": sum(counts.values()) + unknown,
        "young_people": counts.get(Role.YOUNG_PERSON, 0),
    }


def ideas_of(participant):
    """The ideas one person added or commented on, each with the outcome it led to, if agreed."""
    commented = Comment.objects.filter(author=participant, deleted_at__isnull=True).values(
        "prototype"
    )
    return (
        Prototype.objects.filter(project_id=participant.project_id)
        .filter(Q(created_by=participant) | Q(pk__in=commented))
        .select_related("outcome")
        .order_by("created_at", "pk")
    )


def agreed_outcome(prototype):
    outcome = prototype.outcome
    if outcome is None or outcome.status == Outcome.Status.PROPOSED:
        return None
    return outcome


def outcome_draft(prototype):
    """What an outcome recorded from an idea can start with: its name, kind, the decision to adopt
    it and what testing found. The person recording it checks and rewrites every answer."""
    adopted = [
        made.decision
        for made in prototype.decisions.filter(
            result=PrototypeDecision.Result.ADOPT
        ).select_related("decision")
    ]
    tested = Feedback.objects.filter(round__prototype=prototype).aggregate(
        n=Count("pk"), rounds=Count("round", distinct=True), average=Avg("useful")
    )
    evidence = ""
    if tested["n"]:
        rounds = tested["rounds"]
        evidence = (
            f"Tested in {rounds} round{'s' if rounds != 1 else ''}: {tested['n']} "
            f"answer{'s' if tested['n'] != 1 else ''}, rated {tested['average']:.1f} out of 5 "
            "for being useful on average."
        )
    kind = (
        Outcome.Kind.RESOURCE_ADOPTED
        if prototype.kind in RESOURCE_KINDS
        else Outcome.Kind.SERVICE_CHANGE
    )
    return {
        "title": f"{prototype.title} adopted"[:200],
        "kind": kind,
        "we_did": adopted[0].result if adopted else "",
        "evidence": evidence,
        "decisions": adopted,
        "prototypes": [prototype],
    }
