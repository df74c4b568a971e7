"""Demo people for the reference story. Used by `manage.py seed_demo` only."""

from django.contrib.auth import get_user_model

from projects.roles import Role

DEMO_PASSWORD = "codesign-demo"

# (email, display name, role in the reference project)
DEMO_CAST = [
    ("lead@demo.codesign.test", "Morag (IRISS)", Role.LEAD),
    ("local.lead@demo.codesign.test", "Iain (STAF)", Role.LOCAL_LEAD),
    ("facilitator@demo.codesign.test", "Priya (Snook)", Role.FACILITATOR),
    ("young.person@demo.codesign.test", "Jay", Role.YOUNG_PERSON),
    ("young.person2@demo.codesign.test", "Ellie", Role.YOUNG_PERSON),
    ("staff@demo.codesign.test", "Fiona (council social worker)", Role.STAFF),
    ("manager@demo.codesign.test", "Alasdair (council manager)", Role.MANAGER),
]


def seed_users():
    """Create or refresh the demo accounts; returns {email: user}."""
    User = get_user_model()
    users = {}
    for email, name, _role in DEMO_CAST:
        user, created = User.objects.get_or_create(email=email, defaults={"display_name": name})
        if created or not user.check_password(DEMO_PASSWORD):
            user.set_password(DEMO_PASSWORD)
            user.display_name = name
            user.save()
        _mark_email_verified(user)
        users[email] = user
    return users


def _mark_email_verified(user):
    from allauth.account.models import EmailAddress

    EmailAddress.objects.update_or_create(
        user=user, email=user.email, defaults={"verified": True, "primary": True}
    )


def seed_people(project, users):
    """Give every demo user their role in the project."""
    from django.utils import timezone

    from projects.roles import MemberStatus

    for email, name, role in DEMO_CAST:
        project.participants.update_or_create(
            user=users[email],
            defaults={
                "display_name": name,
                "role": role,
                "status": MemberStatus.ACTIVE,
                "joined_at": timezone.now(),
            },
        )


# The standing working group the project became: young people with council staff.
DEMO_WORKING_GROUP = [
    "young.person@demo.codesign.test",
    "young.person2@demo.codesign.test",
    "staff@demo.codesign.test",
    "manager@demo.codesign.test",
]


def seed_working_group(project):
    project.participants.filter(user__email__in=DEMO_WORKING_GROUP).update(in_working_group=True)
