"""Many people at once, for the benchmark's scale data and tests that page big lists."""

from django.contrib.auth.hashers import make_password
from django.utils import timezone

from participants.identity.codes import INVITATION_CODE_LENGTH, new_code
from participants.models import (
    Delivery,
    Invitation,
    Notification,
    Participant,
    SupportNeeds,
    User,
)
from projects.roles import MemberStatus, Role

BATCH = 500
# Most people taking part are young people; every other role has a few.
ROLE_MIX = [Role.YOUNG_PERSON] * 6 + [Role.STAFF] * 2 + [Role.MANAGER, Role.FACILITATOR]
ACCESS = [[], ["step_free"], ["bsl"], ["easy_read", "large_print"]]
WHEN = [["weekday_daytime"], ["evenings"], ["weekends"], ["evenings", "weekends"]]


def bulk_users(emails):
    """Accounts for `emails` (which must be new), with no usable password: these are for
    measuring, and are signed in by making a session, never by typing a password."""
    hashed = make_password(None)
    now = timezone.now()
    users = [
        User(email=email, display_name=f"Person {index + 1}", password=hashed, date_joined=now)
        for index, email in enumerate(emails)
    ]
    return User.objects.bulk_create(users, batch_size=BATCH)


def bulk_members(project, users, *, roles=ROLE_MIX, invited_by=None):
    """Active members of `project`, one per user, with roles taken in turn from `roles`."""
    now = timezone.now()
    members = [
        Participant(
            project=project,
            user=user,
            display_name=user.display_name,
            role=roles[index % len(roles)],
            status=MemberStatus.ACTIVE,
            invited_by=invited_by,
            joined_at=now,
            in_working_group=index % 25 == 0,
        )
        for index, user in enumerate(users)
    ]
    return Participant.objects.bulk_create(members, batch_size=BATCH)


def bulk_needs(members):
    """Support needs for every other member, varied enough to sum up and filter."""
    needs = [
        SupportNeeds(
            participant=member,
            childcare=index % 7 == 0,
            travel=index % 3 == 0,
            access=ACCESS[index % len(ACCESS)],
            availability=WHEN[index % len(WHEN)],
            dietary="No nuts" if index % 11 == 0 else "",
        )
        for index, member in enumerate(members)
        if index % 2 == 0
    ]
    return SupportNeeds.objects.bulk_create(needs, batch_size=BATCH)


def bulk_invitations(project, n, *, invited_by=None):
    """Invitations still waiting for a reply, half by email and half on a printed card."""
    invitations = [
        Invitation(
            project=project,
            role=ROLE_MIX[index % len(ROLE_MIX)],
            invited_by=invited_by,
            name=f"Guest {index + 1}",
            email=f"guest{index + 1}@{project.slug}.example.org" if index % 2 else "",
            code=new_code(INVITATION_CODE_LENGTH),
        )
        for index in range(n)
    ]
    return Invitation.objects.bulk_create(invitations, batch_size=BATCH)


def bulk_messages(project, user, n):
    """`n` messages in one person's inbox, newest first as people see them, every third still
    unread, each with where to act; the person's unread count is kept in step."""
    now = timezone.now()
    made = Notification.objects.bulk_create(
        (
            Notification(
                user=user,
                project=project,
                subject=f"Something that matters to you ({i + 1})",
                body="A session changed, a place came free or a claim was paid.",
                is_essential=i % 5 == 0,
                link=project.get_absolute_url(),
                action="See it",
                read_at=None if i % 3 == 0 else now,
            )
            for i in range(n)
        ),
        batch_size=BATCH,
    )
    unread = sum(1 for note in made if note.read_at is None)
    User.objects.filter(pk=user.pk).update(unread_messages=unread)
    # Every tenth went by letter, waiting to be posted; every seventh text could not be sent:
    # the lead's "Letters and messages not sent" page lists both.
    Delivery.objects.bulk_create(
        [
            Delivery(notification=note, channel="letter", status=Delivery.Status.TO_POST)
            for i, note in enumerate(made)
            if i % 10 == 0
        ]
        + [
            Delivery(
                notification=note,
                channel="text",
                to="+447911123456",
                status=Delivery.Status.NOT_SENT,
                error="The provider said: permanent-failure",
            )
            for i, note in enumerate(made)
            if i % 7 == 0
        ],
        batch_size=BATCH,
    )
    return made
