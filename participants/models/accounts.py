"""Accounts: the people who sign in, with an email address or a sign-in name, the fresh
sign-in cards that get someone without email back in, and the messages kept for them."""

from django.contrib.auth.base_user import AbstractBaseUser, BaseUserManager
from django.contrib.auth.models import PermissionsMixin
from django.db import models
from django.db.models.functions import Lower
from django.utils import timezone
from phonenumber_field.modelfields import PhoneNumberField

from projects.models import Project


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

    class TextsSay(models.TextChoices):
        DETAILS = "details", "What happened, with the day and time"
        LOOK = "look", "Only that there is news, to read on the site"
        BY_AGE = "", "What suits my age (only news to look at while I am under 18)"

    class EmailFrequency(models.TextChoices):
        EVERY = "every", "Every message, as it happens"
        DAILY = "daily", "One summary a day"
        ESSENTIAL = "essential", "Only essentials (invitations and cancellations)"
        NONE = "none", "No email: I will look on the site"

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
    wants_letters = models.BooleanField(
        "send me letters in the post",
        default=False,
        help_text="Invitations, changes to sessions and payments, printed and posted.",
    )
    postal_address = models.TextField(
        "postal address",
        blank=True,
        max_length=300,
        help_text="Only used to post you letters, if you ask for them.",
    )
    texts_say = models.CharField(
        "what texts say",
        max_length=10,
        choices=TextsSay.choices,
        blank=True,
        help_text="A phone's lock screen is not private: choose what a text may show there.",
    )
    # Kept in step with their inbox by participants.notify and the inbox services, so the
    # header can show it on every page without a query.
    unread_messages = models.PositiveIntegerField(default=0, editable=False)

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
    def texts_with_details(self):
        """Texts may say what happened and when: chosen, or by default for people 18 or over
        (or who did not say their age); only news to look at for 16 and 17 year olds."""
        if self.texts_say:
            return self.texts_say == self.TextsSay.DETAILS
        if self.date_of_birth is not None:
            today = timezone.localdate()
            born = self.date_of_birth
            age = today.year - born.year - ((today.month, today.day) < (born.month, born.day))
            return age >= 18
        return self.age_band not in (self.AgeBand.UNDER_16, self.AgeBand.AGE_16_17)

    @property
    def may_get_texts(self):
        """Asked for texts and gave a number to send them to."""
        return bool(self.wants_texts and self.mobile)

    @property
    def may_get_letters(self):
        """Asked for letters and gave an address to post them to."""
        return bool(self.wants_letters and self.postal_address.strip())

    @property
    def reached_on_site_only(self):
        """Chose to hear only on the site: no email, texts or letters."""
        return not (self.may_get_texts or self.may_get_letters) and (
            not self.email or self.email_frequency == self.EmailFrequency.NONE
        )

    def get_short_name(self):
        return self.name

    def get_full_name(self):
        return self.name


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


class Notification(models.Model):
    """A message for one person: kept in their inbox on the site first, then emailed at once or
    gathered into a daily summary, and texted if essential and they asked for texts.

    `link` is where to do what it asks (a path on this site) and `action` says it in a few
    words ("Say if you can come"); it is unread until opened, and an essential one stays
    highlighted until then."""

    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="notifications")
    project = models.ForeignKey(
        Project, on_delete=models.CASCADE, null=True, blank=True, related_name="+"
    )
    subject = models.CharField(max_length=200)
    body = models.TextField()
    is_essential = models.BooleanField(default=False)
    created_at = models.DateTimeField(auto_now_add=True)
    emailed_at = models.DateTimeField(null=True, blank=True)
    link = models.CharField(max_length=300, blank=True)
    action = models.CharField(max_length=80, blank=True)
    read_at = models.DateTimeField(null=True, blank=True)
    # Its text, if one is due: sent at once, or held until `text_due_at` (not at night).
    text_body = models.CharField(max_length=320, blank=True)
    text_due_at = models.DateTimeField(null=True, blank=True)
    texted_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["created_at", "pk"]
        indexes = [models.Index(fields=["user", "-created_at"], name="inbox_newest_first")]

    def __str__(self):
        return self.subject

    @property
    def is_unread(self):
        return self.read_at is None
