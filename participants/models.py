from django.contrib.auth.base_user import AbstractBaseUser, BaseUserManager
from django.contrib.auth.models import PermissionsMixin
from django.db import models
from django.db.models.functions import Lower
from django.utils import timezone
from phonenumber_field.modelfields import PhoneNumberField

from participants.codes import new_card_code
from projects.models import Project
from projects.roles import MemberStatus, Role


class UserManager(BaseUserManager):
    use_in_migrations = True

    def _create_user(self, email, password, **extra):
        if not email and not extra.get("username"):
            raise ValueError("An email address or a sign-in name is needed.")
        email = self.normalize_email(email).lower() if email else None
        user = self.model(email=email, **extra)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_user(self, email, password=None, **extra):
        extra.setdefault("is_staff", False)
        extra.setdefault("is_superuser", False)
        return self._create_user(email, password, **extra)

    def create_superuser(self, email, password=None, **extra):
        extra["is_staff"] = True
        extra["is_superuser"] = True
        return self._create_user(email, password, **extra)


class User(AbstractBaseUser, PermissionsMixin):
    """Someone with an account. They sign in with their email address or, if they have no
    email, with the sign-in name printed on their card."""

    class AgeBand(models.TextChoices):
        UNDER_16 = "under_16", "Under 16"
        AGE_16_17 = "16_17", "16 or 17"
        AGE_18_25 = "18_25", "18 to 25"
        OVER_25 = "over_25", "Over 25"
        NOT_SAID = "", "I'd rather not say"

    class EmailFrequency(models.TextChoices):
        EVERY = "every", "Every message, as it happens"
        DAILY = "daily", "One summary a day"
        ESSENTIAL = "essential", "Only essentials (invitations and cancellations)"

    # Empty (NULL, so uniqueness holds) for people who have no email address.
    email = models.EmailField("email address", unique=True, null=True, blank=True)
    username = models.CharField(
        "sign-in name",
        max_length=30,
        blank=True,
        help_text="Printed on the person's sign-in card. Capital or small letters both work.",
    )
    display_name = models.CharField(
        "your name",
        max_length=80,
        blank=True,
        help_text="What other people in your projects will see. A first name is fine.",
    )
    is_active = models.BooleanField(default=True)
    is_organiser = models.BooleanField(
        "can start projects",
        default=False,
        help_text="Needed to start a project when this site lets only organisers start them.",
    )
    is_staff = models.BooleanField(
        "can use the admin site",
        default=False,
        help_text="For the people who run this Codesign site, not project staff.",
    )
    date_joined = models.DateTimeField(default=timezone.now)
    date_of_birth = models.DateField(
        null=True,
        blank=True,
        help_text="Optional. We only use it to ask for your consent again when you turn 18.",
    )
    age_band = models.CharField(max_length=10, choices=AgeBand.choices, blank=True)
    email_frequency = models.CharField(
        "how much email you get",
        max_length=10,
        choices=EmailFrequency.choices,
        default=EmailFrequency.EVERY,
    )
    mobile = PhoneNumberField(
        "mobile number",
        blank=True,
        help_text="Optional. Only used to text you about things that matter, if you ask for texts.",
    )
    wants_texts = models.BooleanField(
        "text me about things that matter",
        default=False,
        help_text="A session cancelled or moved, a place for you, a payment made.",
    )

    objects = UserManager()

    EMAIL_FIELD = "email"
    USERNAME_FIELD = "email"
    REQUIRED_FIELDS = []

    class Meta:
        ordering = ["display_name", "email"]
        constraints = [
            models.UniqueConstraint(
                Lower("username"),
                condition=~models.Q(username=""),
                name="sign_in_name_unique_any_case",
            )
        ]

    def __str__(self):
        return self.name

    @property
    def name(self):
        if self.display_name:
            return self.display_name
        return self.email.split("@")[0] if self.email else (self.username or "")

    @property
    def may_get_texts(self):
        """Asked for texts and gave a number to send them to."""
        return bool(self.wants_texts and self.mobile)

    def get_short_name(self):
        return self.name

    def get_full_name(self):
        return self.name


class ParticipantQuerySet(models.QuerySet):
    def for_project(self, project):
        return self.filter(project=project)

    def active(self):
        return self.filter(status=MemberStatus.ACTIVE)


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
    wants_future_involvement = models.BooleanField(
        "happy to be asked about future projects", default=False
    )
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

    def __str__(self):
        return f"{self.display_name} ({self.get_role_display()}, {self.project})"

    @property
    def is_offline(self):
        """Taking part without an account, e.g. on paper through a local lead."""
        return self.user_id is None

    @property
    def grouped_card_code(self):
        from participants.codes import grouped

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
        from participants.codes import grouped

        return grouped(self.code)


SIGN_IN_CODE_DAYS = 7


def sign_in_code_expiry():
    return timezone.now() + timezone.timedelta(days=SIGN_IN_CODE_DAYS)


class SignInCodeQuerySet(models.QuerySet):
    def usable(self):
        return self.filter(
            used_at__isnull=True, cancelled_at__isnull=True, expires_at__gt=timezone.now()
        )


class SignInCode(models.Model):
    """A one-time code on a fresh sign-in card, for someone who cannot get back in by email.

    Only a hash of the code is kept: the code itself is shown once, on the card. Using it lets
    the person choose a new password. A newer card cancels the older code.
    """

    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="sign_in_codes")
    project = models.ForeignKey(
        Project, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    issued_by = models.ForeignKey(
        User, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    code_hash = models.CharField(max_length=64, unique=True)
    created_at = models.DateTimeField(auto_now_add=True)
    expires_at = models.DateTimeField(default=sign_in_code_expiry)
    used_at = models.DateTimeField(null=True, blank=True)
    cancelled_at = models.DateTimeField(null=True, blank=True)
    # When the person was shown, on signing in, that someone gave them a new card.
    told_at = models.DateTimeField(null=True, blank=True)

    objects = SignInCodeQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return f"Sign-in card for {self.user}"


class SupportNeeds(models.Model):
    """What helps one participant take part. Seen by them, leads and facilitators only."""

    class Access(models.TextChoices):
        BSL = "bsl", "British Sign Language (BSL) interpreter"
        STEP_FREE = "step_free", "Step-free access"
        EASY_READ = "easy_read", "Easy read papers"
        LARGE_PRINT = "large_print", "Large print"

    class When(models.TextChoices):
        WEEKDAY_DAYTIME = "weekday_daytime", "Weekdays in the daytime"
        EVENINGS = "evenings", "Evenings"
        WEEKENDS = "weekends", "Weekends"

    class Contact(models.TextChoices):
        EMAIL = "email", "Email"
        TEXT = "text", "Text message"
        PHONE = "phone", "Phone call"
        WORKER = "worker", "Through my worker or the person who invited me"

    participant = models.OneToOneField(
        Participant, on_delete=models.CASCADE, related_name="support_needs"
    )
    childcare = models.BooleanField("I need childcare to take part", default=False)
    travel = models.BooleanField("I need help with travel", default=False)
    access = models.JSONField(default=list, blank=True)
    dietary = models.CharField("food I can't eat", max_length=300, blank=True)
    availability = models.JSONField("when I can come", default=list, blank=True)
    preferred_contact = models.CharField(max_length=10, choices=Contact.choices, blank=True)
    phone = models.CharField("phone number", max_length=30, blank=True)
    in_my_own_words = models.TextField("anything else that would help", blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name_plural = "support needs"

    def __str__(self):
        return f"Support needs of {self.participant.display_name}"

    @property
    def access_labels(self):
        """The access needs in words, e.g. ["Step-free access", "Large print"]."""
        return _labels(self.access, self.Access)

    @property
    def availability_labels(self):
        """When the person can come, in words, e.g. ["Evenings"]."""
        return _labels(self.availability, self.When)

    def in_words(self):
        """This person's needs as short phrases, for any page that says them in a line."""
        words = []
        if self.childcare:
            words.append("Childcare")
        if self.travel:
            words.append("Help with travel")
        words += self.access_labels
        if self.dietary:
            words.append(f"Food: {self.dietary}")
        if self.availability:
            words.append("Can come: " + ", ".join(self.availability_labels).lower())
        return words


def _labels(values, choices):
    labels = dict(choices.choices)
    return [labels.get(value, value) for value in values]


class Consent(models.Model):
    """One answer to one consent question, with the exact words the person was shown."""

    class Purpose(models.TextChoices):
        DATA = "data", "Using my information for the project"
        PHOTOS = "photos", "Photos of me"
        CONTACT = "contact", "Being contacted"

    class Level(models.TextChoices):
        NO = "no", "No"
        YES = "yes", "Yes"
        PHOTOS_INSIDE = "inside", "Inside the project only"
        PHOTOS_REPORTS = "reports", "Inside the project and in reports"
        PHOTOS_PUBLIC = "public", "Anywhere, including in public"

    participant = models.ForeignKey(Participant, on_delete=models.CASCADE, related_name="consents")
    purpose = models.CharField(max_length=10, choices=Purpose.choices)
    level = models.CharField(max_length=10, choices=Level.choices)
    text_shown = models.TextField()
    given_at = models.DateTimeField(default=timezone.now)
    given_under_18 = models.BooleanField(default=False)
    withdrawn_at = models.DateTimeField(null=True, blank=True)
    recorded_by = models.ForeignKey(
        User,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        help_text="Someone else who wrote down a consent given on paper.",
    )

    class Meta:
        ordering = ["-given_at", "-pk"]

    def __str__(self):
        return f"{self.get_purpose_display()}: {self.get_level_display()}"


class Notification(models.Model):
    """A message for one person, emailed at once or gathered into a daily summary."""

    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="notifications")
    project = models.ForeignKey(
        Project, on_delete=models.CASCADE, null=True, blank=True, related_name="+"
    )
    subject = models.CharField(max_length=200)
    body = models.TextField()
    is_essential = models.BooleanField(default=False)
    created_at = models.DateTimeField(auto_now_add=True)
    emailed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["created_at", "pk"]

    def __str__(self):
        return self.subject
