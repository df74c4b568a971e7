"""Writes about who takes part: saying yes or "not for now" to a request, roles, leaving,
coming back, people taking part offline and the working group.

Changes to other people lock the project first and check the one acting is still a lead, so
every project keeps at least one lead even when two leads act at once.
"""

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone

from codesign.forms import one_line
from participants.models import FutureWork, Invitation, Participant
from participants.notify import notify, site_url
from projects.audit import audit_record
from projects.freshness import changes_project
from projects.models import Project
from projects.roles import (
    MemberStatus,
    Role,
    role_phrase,
)


@transaction.atomic
@changes_project(via="participant")
def member_approve(*, participant, by):
    """Say yes to someone who asked to join (now, or after an earlier "not for now")."""
    participant = Participant.objects.select_for_update().get(pk=participant.pk)
    if participant.status not in (MemberStatus.PENDING, MemberStatus.DECLINED):
        raise ValidationError(f"{participant.display_name} is not waiting for an answer.")
    participant.status = MemberStatus.ACTIVE
    participant.joined_at = timezone.now()
    participant.invited_by = participant.invited_by or by
    participant.save(update_fields=["status", "joined_at", "invited_by"])
    project = participant.project
    audit_record(actor=by, action="member_approve", target=participant, project=project)
    notify(
        user=participant.user,
        subject=f"You are in {project.title}",
        body=render_to_string(
            "participants/email/approved.txt",
            {
                "participant": participant,
                "project": project,
                "by": by,
                "role_phrase": role_phrase(participant.role),
                "project_url": site_url(project.get_absolute_url()),
            },
        ),
        project=project,
        essential=True,
        link=project.get_absolute_url(),
        action="Go to the project",
    )
    return participant


@transaction.atomic
@changes_project(via="participant")
def member_decline(*, participant, by):
    """Say "not for now" to someone who asked to join. No reason needed; they are told kindly."""
    participant = Participant.objects.select_for_update().get(pk=participant.pk)
    if participant.status != MemberStatus.PENDING:
        raise ValidationError(f"{participant.display_name} is not waiting for an answer.")
    participant.status = MemberStatus.DECLINED
    participant.save(update_fields=["status"])
    project = participant.project
    audit_record(actor=by, action="member_decline", target=participant, project=project)
    notify(
        user=participant.user,
        subject=f"About your request to join {project.title}",
        body=render_to_string(
            "participants/email/declined.txt", {"participant": participant, "project": project}
        ),
        project=project,
        essential=True,
    )
    return participant


def _lock_for_people_change(participant, by):
    """Lock the project, then check `by` is still one of its leads and is not changing
    themselves: together these keep at least one lead in every project, even when two
    leads act at the same moment."""
    Project.objects.select_for_update().filter(pk=participant.project_id).first()
    participant = Participant.objects.select_for_update().get(pk=participant.pk)
    if participant.user_id is not None and participant.user_id == by.pk:
        raise ValidationError(
            "You cannot change your own place in the project. Ask another lead to do it."
        )
    if not Participant.objects.filter(
        project_id=participant.project_id, user=by, role=Role.LEAD, status=MemberStatus.ACTIVE
    ).exists():
        raise PermissionDenied("Only a project lead can do this.")
    return participant


@transaction.atomic
@changes_project(via="participant")
def participant_change_role(*, participant, by, role):
    participant = _lock_for_people_change(participant, by)
    if role not in Role.values:
        raise ValidationError("Choose one of the roles in the list.")
    was = participant.role
    participant.role = role
    participant.save(update_fields=["role"])
    audit_record(
        actor=by,
        action="participant_change_role",
        target=participant,
        project=participant.project,
        detail={"from": was, "to": role},
    )
    return participant


@transaction.atomic
@changes_project(via="participant")
def participant_mark_left(*, participant, by):
    """Mark someone as no longer taking part: they lose access at once."""
    participant = _lock_for_people_change(participant, by)
    participant.status = MemberStatus.LEFT
    participant.save(update_fields=["status"])
    # An unclaimed code for someone who has left must not let anyone in as them.
    Invitation.objects.pending().filter(participant=participant).update(revoked_at=timezone.now())
    audit_record(
        actor=by, action="participant_mark_left", target=participant, project=participant.project
    )
    if participant.user_id is not None and not _wants_asking(participant.user):
        _offer_future_work(participant)
    return participant


def _wants_asking(user):
    return FutureWork.objects.filter(user=user, wants_asking=True).exists()


def _offer_future_work(participant):
    """Leaving is when "ask me about future work" matters most: say so, one click away."""
    project = participant.project
    link = reverse("me:future_work")
    notify(
        user=participant.user,
        subject=f"Thank you for taking part in {project.title}",
        body=render_to_string(
            "participants/email/left.txt",
            {"project": project, "future_work_url": site_url(link)},
        ),
        project=project,
        link=link,
        action="Ask me about future work",
    )


@transaction.atomic
@changes_project(via="participant")
def participant_set_working_group(*, participant, by, in_group):
    """Put someone taking part into the standing working group, or take them out.

    Leads may add themselves too: the working group is a group of equals, not a change of role.
    """
    participant = Participant.objects.select_for_update().get(pk=participant.pk)
    if in_group and participant.status != MemberStatus.ACTIVE:
        raise ValidationError("Only people taking part in the project can join the working group.")
    participant.in_working_group = in_group
    participant.save(update_fields=["in_working_group"])
    audit_record(
        actor=by,
        action="participant_set_working_group",
        target=participant,
        project=participant.project,
        detail={"in_group": in_group},
    )
    return participant


@transaction.atomic
@changes_project(via="participant")
def participant_bring_back(*, participant, by):
    """Undo "left": the person takes part again with the same role and history."""
    participant = _lock_for_people_change(participant, by)
    if participant.status != MemberStatus.LEFT:
        raise ValidationError(f"{participant.display_name} has not left the project.")
    participant.status = MemberStatus.ACTIVE
    participant.save(update_fields=["status"])
    audit_record(
        actor=by, action="participant_bring_back", target=participant, project=participant.project
    )
    return participant


@transaction.atomic
@changes_project(via="project")
def participant_add_offline(*, project, by, display_name, role):
    """Add someone who takes part without an account (on paper, through a local lead)."""
    participant = Participant.objects.create(
        project=project,
        user=None,
        display_name=one_line(display_name),
        role=role,
        status=MemberStatus.ACTIVE,
        invited_by=by,
        joined_at=timezone.now(),
    )
    audit_record(actor=by, action="participant_add_offline", target=participant, project=project)
    return participant


def participant_lock(participant):
    """Lock the participant's row so two answers sent at once cannot both become current."""
    locked = Participant.objects.select_for_update(of=("self",)).select_related("user")
    return locked.get(pk=participant.pk)
