"""Members join or leave the standing working group themselves; leads are told."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.urls import reverse

from participants.notify import notify
from participants.services.membership import participant_set_working_group
from projects.roles import MemberStatus, Role


@transaction.atomic
def working_group_join(*, participant):
    """Joining is at once: the group is open to everyone taking part, as the project was."""
    if participant.in_working_group:
        raise ValidationError("You are already in the working group.")
    participant = participant_set_working_group(
        participant=participant, by=participant.user, in_group=True
    )
    _tell_leads(participant, "joined")
    return participant


@transaction.atomic
def working_group_leave(*, participant):
    if not participant.in_working_group:
        raise ValidationError("You are not in the working group.")
    participant = participant_set_working_group(
        participant=participant, by=participant.user, in_group=False
    )
    _tell_leads(participant, "left")
    return participant


def _tell_leads(participant, what):
    project = participant.project
    leads = project.participants.filter(
        role=Role.LEAD, status=MemberStatus.ACTIVE, user__isnull=False
    ).exclude(pk=participant.pk)
    for lead in leads.select_related("user"):
        notify(
            user=lead.user,
            project=project,
            subject=f"{participant.display_name} {what} the working group",
            body=f"{participant.display_name} {what} the working group of {project.title}.",
            link=reverse("working_group:page", kwargs={"slug": project.slug}),
            action="See the working group",
        )
