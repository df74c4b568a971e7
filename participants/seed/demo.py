"""Demo people for the reference story. Used by `manage.py seed_demo` only."""

from django.contrib.auth import get_user_model

from projects.roles import Role
from projects.seed.demo import days_ago
from projects.seed.demo_story import DEMO_GROUP_UPDATE

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
        mark_email_verified(user)
        users[email] = user
    return users


def mark_email_verified(user):
    from allauth.account.models import EmailAddress

    EmailAddress.objects.update_or_create(
        user=user, email=user.email, defaults={"verified": True, "primary": True}
    )


def seed_people(project, users):
    """Give every demo user their role in the project."""
    from projects.roles import MemberStatus, Role
    from projects.seed.demo import DEMO_STARTED_DAYS_AGO, days_ago

    for email, name, role in DEMO_CAST:
        project.participants.update_or_create(
            user=users[email],
            defaults={
                "display_name": name,
                "role": role,
                "status": MemberStatus.ACTIVE,
                # Everyone joined in the project's first weeks; the lead started it.
                "joined_at": days_ago(DEMO_STARTED_DAYS_AGO if role == Role.LEAD else 340, 18),
            },
        )


# (email, support needs) for the demo cast: a young parent who can only come in the evening, a
# young person who needs help getting there, a member of staff who needs step-free access.
DEMO_NEEDS = [
    (
        "young.person@demo.codesign.test",
        {
            "childcare": True,
            "availability": ["evenings"],
            "preferred_contact": "text",
            "phone": "07700 900123",
            "in_my_own_words": "I work days and my little one is in bed by seven.",
        },
    ),
    (
        "young.person2@demo.codesign.test",
        {
            "travel": True,
            "availability": ["weekday_daytime", "weekends"],
            "dietary": "Vegetarian",
            "preferred_contact": "worker",
        },
    ),
    (
        "staff@demo.codesign.test",
        {"access": ["step_free"], "availability": ["weekday_daytime", "evenings"]},
    ),
]

# Photo answers; everyone says yes to using their information and to being contacted.
DEMO_PHOTOS = {
    "young.person@demo.codesign.test": "inside",
    "young.person2@demo.codesign.test": "reports",
}
UNDER_18_EMAIL = "young.person2@demo.codesign.test"


def seed_needs_and_consents(project, users):
    """Support needs and consent answers for the demo cast. Leaves alone anything already there.

    Ellie is 17 and turns 18 three weeks after the demo is first loaded, so her consent, given
    under 18, will need renewing.
    """
    import datetime

    from django.utils import timezone

    from participants.models import Consent, SupportNeeds, User
    from participants.selectors.consent import add_years
    from participants.services.consent import consents_give

    ellie = users[UNDER_18_EMAIL]
    if ellie.date_of_birth is None:
        ellie.date_of_birth = add_years(timezone.localdate() + datetime.timedelta(days=21), -18)
        ellie.age_band = User.AgeBand.AGE_16_17
        ellie.save(update_fields=["date_of_birth", "age_band"])
    for email, _name, role in DEMO_CAST:
        user = users[email]
        if not user.age_band:
            young = role == Role.YOUNG_PERSON
            user.age_band = User.AgeBand.AGE_18_25 if young else User.AgeBand.OVER_25
            user.save(update_fields=["age_band"])

    people = project.participants.filter(user__isnull=False).select_related("user")
    participants = {p.user.email: p for p in people}
    for email, needs in DEMO_NEEDS:
        SupportNeeds.objects.get_or_create(participant=participants[email], defaults=needs)
    for email, participant in participants.items():
        if email not in users or Consent.objects.filter(participant=participant).exists():
            continue
        consents_give(
            participant=participant,
            answers={
                Consent.Purpose.DATA: Consent.Level.YES,
                Consent.Purpose.PHOTOS: DEMO_PHOTOS.get(email, Consent.Level.PHOTOS_PUBLIC),
                Consent.Purpose.CONTACT: Consent.Level.YES,
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


def seed_group_update(project):
    """Jay posts the group's first update; found by its title when run again."""
    title, body, published = DEMO_GROUP_UPDATE
    project.updates.get_or_create(
        title=title,
        defaults={
            "body": body,
            "is_public": False,
            "for_working_group": True,
            "author": get_user_model().objects.get(email=DEMO_WORKING_GROUP[0]),
            "published_at": days_ago(*published),
        },
    )


# Someone asking to join with the open link, waiting for a lead.
DEMO_REQUESTER = ("sam@demo.codesign.test", "Sam")
OFFLINE_NAME = "Kirsty"


# Chapters, called by seed_demo in the order the story happens.


def chapter_people():
    """The people in the story, each with an account. Returns {email: user}."""
    return seed_users()


def chapter_joining(project, users):
    """Everyone joins in their role, says what helps them and answers the consent questions;
    Sam asks to join with the link (and asks for texts), Kirsty takes part offline with a
    printed code, and Dylan, who has no email, signs in with the name on his card. Returns
    Kirsty's card."""
    from participants.seed.demo_joining import seed_joining
    from participants.seed.demo_no_email import seed_no_email

    seed_people(project, users)
    seed_needs_and_consents(project, users)
    card = seed_joining(project, users)
    seed_no_email(project, users, password=DEMO_PASSWORD, requester_email=DEMO_REQUESTER[0])
    return card


def chapter_working_group(project):
    """Young people and staff form the standing working group, and tell everyone about it."""
    seed_working_group(project)
    seed_group_update(project)


def chapter_network(lead):
    """People who said "ask me about future work", and the lead's next project to ask them into.
    Returns that project."""
    from participants.seed.demo_network import seed_network

    return seed_network(lead)
