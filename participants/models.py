from django.contrib.auth.base_user import AbstractBaseUser, BaseUserManager
from django.contrib.auth.models import PermissionsMixin
from django.db import models
from django.utils import timezone

from projects.models import Project
from projects.roles import MemberStatus, Role


class UserManager(BaseUserManager):
    use_in_migrations = True

    def _create_user(self, email, password, **extra):
        if not email:
            raise ValueError("An email address is needed.")
        user = self.model(email=self.normalize_email(email).lower(), **extra)
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
    """Someone with an account. Their email address is how they sign in."""

    email = models.EmailField("email address", unique=True)
    display_name = models.CharField(
        "your name",
        max_length=80,
        blank=True,
        help_text="What other people in your projects will see. A first name is fine.",
    )
    is_active = models.BooleanField(default=True)
    is_staff = models.BooleanField(
        "can use the admin site",
        default=False,
        help_text="For the people who run this Codesign site, not project staff.",
    )
    date_joined = models.DateTimeField(default=timezone.now)

    objects = UserManager()

    EMAIL_FIELD = "email"
    USERNAME_FIELD = "email"
    REQUIRED_FIELDS = []

    class Meta:
        ordering = ["display_name", "email"]

    def __str__(self):
        return self.name

    @property
    def name(self):
        return self.display_name or self.email.split("@")[0]

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
