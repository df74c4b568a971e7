"""People tasks for the stage task lists: inviting people and forming the working group."""

from django.db.models.functions import Now

from projects.models import Stage
from projects.registries.stage_tasks import TaskStatus, count_related, next_related_moment
from projects.roles import MemberStatus, Role

WAITING = [MemberStatus.INVITED, MemberStatus.PENDING]
STAFF_ROLES = [Role.STAFF, Role.MANAGER]


def _open_invitations(roles):
    """Invitations still out: not used, not taken back and not out of date."""
    return count_related(
        "invitations",
        role__in=roles,
        accepted_at__isnull=True,
        revoked_at__isnull=True,
        expires_at__gt=Now(),
    )


def _invite_young_people(project, counts):
    if counts["young_people_active"]:
        return TaskStatus.COMPLETED
    if counts["young_people_invited"] or counts["young_people_waiting"]:
        return TaskStatus.IN_PROGRESS
    return TaskStatus.NOT_STARTED


def _invite_staff_and_managers(project, counts):
    if counts["staff_active"] and counts["managers_active"]:
        return TaskStatus.COMPLETED
    if (
        counts["staff_active"]
        or counts["managers_active"]
        or counts["staff_and_managers_invited"]
        or counts["staff_and_managers_waiting"]
    ):
        return TaskStatus.IN_PROGRESS
    return TaskStatus.NOT_STARTED


def _support_needs(project, counts):
    asked, everyone = counts["young_people_with_support_needs"], counts["young_people_active"]
    if everyone and asked >= everyone:
        return TaskStatus.COMPLETED
    return TaskStatus.IN_PROGRESS if asked else TaskStatus.NOT_STARTED


def _join_link(project, counts):
    return TaskStatus.COMPLETED if project.open_join_enabled else TaskStatus.NOT_STARTED


def _working_group(project, counts):
    young, everyone = counts["working_group_young_people"], counts["working_group"]
    if young and everyone > young:
        return TaskStatus.COMPLETED
    return TaskStatus.IN_PROGRESS if everyone else TaskStatus.NOT_STARTED


ACTIVE = {"status": MemberStatus.ACTIVE}

# Numbers the tasks read, each worked out for every project in one query.
COUNTS = {
    "young_people_active": count_related("participants", role=Role.YOUNG_PERSON, **ACTIVE),
    "young_people_waiting": count_related(
        "participants", role=Role.YOUNG_PERSON, status__in=WAITING
    ),
    "young_people_invited": _open_invitations([Role.YOUNG_PERSON]),
    "staff_active": count_related("participants", role=Role.STAFF, **ACTIVE),
    "managers_active": count_related("participants", role=Role.MANAGER, **ACTIVE),
    "staff_and_managers_waiting": count_related(
        "participants", role__in=STAFF_ROLES, status__in=WAITING
    ),
    "staff_and_managers_invited": _open_invitations(STAFF_ROLES),
    "young_people_with_support_needs": count_related(
        "participants", role=Role.YOUNG_PERSON, support_needs__isnull=False, **ACTIVE
    ),
    "working_group": count_related("participants", in_working_group=True, **ACTIVE),
    "working_group_young_people": count_related(
        "participants", in_working_group=True, role=Role.YOUNG_PERSON, **ACTIVE
    ),
}
# When time alone changes a count.
MOMENTS = {
    "invitation_runs_out": next_related_moment(
        "invitations", "expires_at", accepted_at__isnull=True, revoked_at__isnull=True
    ),
}
TASKS = [
    {
        "stage": Stage.INVITING,
        "key": "invite_young_people",
        "title": "Invite young people",
        "url_name": "participants:invite",
        "hint": "Done when at least one young person has joined, not only been invited.",
        "required": True,
        "status": _invite_young_people,
    },
    {
        "stage": Stage.INVITING,
        "key": "invite_staff_and_managers",
        "title": "Invite frontline staff and managers",
        "url_name": "participants:invite",
        "hint": "Done when at least one member of frontline staff and one manager have joined.",
        "required": True,
        "status": _invite_staff_and_managers,
    },
    {
        "stage": Stage.INVITING,
        "key": "ask_support_needs",
        "url_name": "needs:summary",
        "title": "Ask young people what helps them take part",
        "hint": "Childcare, travel, times that suit them, access needs. Done when every young "
        "person taking part has answered.",
        "status": _support_needs,
        "after": ("invite_young_people",),
    },
    {
        "stage": Stage.INVITING,
        "key": "open_join_link",
        "url_name": "participants:settings",
        "title": "Open a join link so no one is turned away",
        "hint": "A link or code anyone can use to ask to join.",
        "status": _join_link,
    },
    {
        "stage": Stage.WORKING_GROUP,
        "key": "form_working_group",
        "title": "Form the working group",
        "url_name": "participants:people",
        "hint": "Done when the group has young people and other people in it.",
        "required": True,
        "status": _working_group,
    },
]
