"""A person's place in a project (a Participant, with or without an account) and the
invitations that bring people in."""

from django.db import models
from django.utils import timezone
from phonenumber_field.modelfields import PhoneNumberField

from participants.identity.codes import new_card_code
from participants.models.accounts import User
from projects.models import Project
from projects.roles import MemberStatus, Role


class ParticipantQuerySet(models.QuerySet):
    def for_project(self, project):
        return self.filter(project=project)

    def active(self):
        return self.filter(status=MemberStatus.ACTIVE)


# The order of roles on the people page (the order of Role), as the database sorts by it.
ROLE_ORDER = models.Case(
    *(models.When(role=role.value, then=models.Value(index)) for index, role in enumerate(Role)),
    output_field=models.IntegerField(),
)


class Participant(models.Model):
    """Someone's place in one project: their role and whether they are taking part.

    `user` is empty for someone who takes part offline and has no account yet.
    """

    project = models.ForeignKey(Project, on_delete=models.CASCADE, related_name="participants")
    user = models.ForeignKey(
        User, on_delete=models.CASCADE, null=True, blank=True, related_name="participations"
    )
    display_name = models.CharField("name", max_length=80)
    role = models.CharField(max_length=20, choices=Role.choices)
    status = models.CharField(
        max_length=20, choices=MemberStatus.choices, default=MemberStatus.ACTIVE
    )
    invited_by = models.ForeignKey(
        User, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    joined_at = models.DateTimeField(null=True, blank=True)
    in_working_group = models.BooleanField(default=False)
    # Printed on the person's card; typed or scanned to check them in at a session.
    card_code = models.CharField(max_length=16, unique=True, default=new_card_code)
    created_at = models.DateTimeField(auto_now_add=True)

    objects = ParticipantQuerySet.as_manager()

    class Meta:
        ordering = ["display_name", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["project", "user"],
                condition=models.Q(user__isnull=False),
                name="one_participant_per_user_per_project",
            )
        ]
        # The people taking part in a project in the orders their lists show them (by role
        # then name; by name), so the database reads a page of them from the index and stops.
        indexes = [
            models.Index(
                models.F("project"),
                ROLE_ORDER,
                models.F("display_name"),
                models.F("id"),
                condition=models.Q(status=MemberStatus.ACTIVE),
                name="taking_part_by_role",
            ),
            models.Index(
                fields=["project", "display_name", "id"],
                condition=models.Q(status=MemberStatus.ACTIVE),
                name="taking_part_by_name",
            ),
        ]

    def __str__(self):
        return f"{self.display_name} ({self.get_role_display()}, {self.project})"

    @property
    def is_offline(self):
        """Taking part without an account, e.g. on paper through a local lead."""
        return self.user_id is None

    @property
    def grouped_card_code(self):
        from participants.identity.codes import grouped

        return grouped(self.card_code)


INVITATION_DAYS = 30


def invitation_expiry():
    return timezone.now() + timezone.timedelta(days=INVITATION_DAYS)


class InvitationState(models.TextChoices):
    """Where an invitation stands. Worked out from its dates, so it is never stored."""

    WAITING = "waiting", "Not used yet"
    JOINED = "joined", "Joined"
    CANCELLED = "cancelled", "Cancelled"
    EXPIRED = "expired", "Ran out"


class InvitationQuerySet(models.QuerySet):
    def pending(self):
        """Not used, not cancelled and not run out: the code still works."""
        return self.filter(
            accepted_at__isnull=True, revoked_at__isnull=True, expires_at__gt=timezone.now()
        )


class Invitation(models.Model):
    """An invitation to join a project in a role: sent by email, or a code on a printed card."""

    project = models.ForeignKey(Project, on_delete=models.CASCADE, related_name="invitations")
    role = models.CharField(max_length=20, choices=Role.choices)
    invited_by = models.ForeignKey(
        User, on_delete=models.SET_NULL, null=True, related_name="invitations_sent"
    )
    name = models.CharField(
        "who it is for", max_length=80, blank=True, help_text="Shown on the card. Optional."
    )
    email = models.EmailField(blank=True)
    contact_phone = PhoneNumberField(
        "a phone number to ask",
        blank=True,
        help_text="Printed on the card, so they can ring or text someone with questions.",
    )
    code = models.CharField(max_length=16, unique=True)
    # Claiming an offline participant's record: their history follows them to the account.
    participant = models.ForeignKey(
        Participant, on_delete=models.CASCADE, null=True, blank=True, related_name="invitations"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    expires_at = models.DateTimeField(default=invitation_expiry)
    last_sent_at = models.DateTimeField(null=True, blank=True)
    send_count = models.PositiveSmallIntegerField(default=0)
    accepted_by = models.ForeignKey(
        User, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    accepted_at = models.DateTimeField(null=True, blank=True)
    revoked_at = models.DateTimeField(null=True, blank=True)

    objects = InvitationQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return f"Invitation {self.code} to {self.project}"

    @property
    def state(self):
        """Where the invitation stands now: one of InvitationState."""
        if self.accepted_at:
            return InvitationState.JOINED
        if self.revoked_at:
            return InvitationState.CANCELLED
        if self.expires_at <= timezone.now():
            return InvitationState.EXPIRED
        return InvitationState.WAITING

    def get_state_display(self):
        return self.state.label

    @property
    def is_pending(self):
        return self.state == InvitationState.WAITING

    @property
    def grouped_code(self):
        from participants.identity.codes import grouped

        return grouped(self.code)
