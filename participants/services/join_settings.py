"""Writes about how people join a project: the open join link and who may join how, and the
roles local leads may invite people as."""

from django.core.exceptions import ValidationError
from django.db import transaction

from participants.identity import codes
from projects.audit import audit_record
from projects.models import Project
from projects.roles import LOCAL_LEAD_ROLE_CHOICES, OPEN_JOIN_ROLE_CHOICES


def _unused_open_join_code():
    while True:
        code = codes.new_code(codes.OPEN_JOIN_CODE_LENGTH)
        if not Project.objects.filter(open_join_code=code).exists():
            return code


@transaction.atomic
def project_people_settings_update(
    *, project, by, open_join_enabled, open_join_roles, open_join_needs_approval, local_lead_roles
):
    """Turn the open join link on or off and choose who may join how.

    Turning the link off forgets its code, so an old link never starts working again.
    """
    project = Project.objects.select_for_update().get(pk=project.pk)
    project.open_join_enabled = open_join_enabled
    project.open_join_roles = [r for r in OPEN_JOIN_ROLE_CHOICES if r in set(open_join_roles)]
    project.open_join_needs_approval = open_join_needs_approval
    project.local_lead_roles = [r for r in LOCAL_LEAD_ROLE_CHOICES if r in set(local_lead_roles)]
    if open_join_enabled and not project.open_join_code:
        project.open_join_code = _unused_open_join_code()
    elif not open_join_enabled:
        project.open_join_code = ""
    project.save(
        update_fields=[
            "open_join_enabled",
            "open_join_roles",
            "open_join_needs_approval",
            "local_lead_roles",
            "open_join_code",
            "updated_at",
        ]
    )
    audit_record(
        actor=by,
        action="project_people_settings_update",
        target=project,
        project=project,
        detail={
            "open_join_enabled": project.open_join_enabled,
            "open_join_roles": project.open_join_roles,
            "open_join_needs_approval": project.open_join_needs_approval,
            "local_lead_roles": project.local_lead_roles,
        },
    )
    return project


@transaction.atomic
def project_open_join_new_code(*, project, by):
    """A new link; the old one stops working at once."""
    project = Project.objects.select_for_update().get(pk=project.pk)
    if not project.open_join_enabled:
        raise ValidationError("Turn the join link on first.")
    project.open_join_code = _unused_open_join_code()
    project.save(update_fields=["open_join_code", "updated_at"])
    audit_record(actor=by, action="project_open_join_new_code", target=project, project=project)
    return project
