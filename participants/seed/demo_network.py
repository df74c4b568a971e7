"""The network in the demo: the council is "developing and training a network of young people
who may be interested in taking part in co-productive working groups". Jay, Ellie and Fiona
said "ask me about future work"; Dylan is taking a break for his exams. Morag's next project,
just started, has no one in it yet, so its network page lists them to invite.

Each partner organisation has someone who leads its network: they see, across every project the
organisation is a partner of, everyone who said yes, and invite them from there."""

import datetime

from django.utils import timezone

from participants.models import FutureWork, NetworkAsk, User
from projects.models import Organisation, OrganisationMember, Partner, Project
from projects.roles import MemberStatus, Role
from projects.seed.demo import days_ago

NEXT_SLUG = "care-leavers-next-steps"
NEXT_TITLE = "Next Steps: Care Leavers' Working Group 2027"

# (email or sign-in name, would like, can come, words, days of break left or None)
ANSWERS = [
    ("young.person@demo.codesign.test", ["working_group", "co_training"], ["evenings"], "", None),
    (
        "young.person2@demo.codesign.test",
        ["testing", "pitch_panel"],
        ["weekends", "evenings"],
        "Making short videos about leaving care",
        None,
    ),
    ("staff@demo.codesign.test", ["co_training"], ["weekday_daytime"], "", None),
    ("dylan583", ["testing"], ["weekends"], "", 60),
]


# (organisation, who leads its network, others who work there)
ORGANISATION_PEOPLE = [
    ("IRISS", "lead@demo.codesign.test", []),
    ("STAF", "local.lead@demo.codesign.test", []),
    ("Argyll and Bute Council", "manager@demo.codesign.test", ["staff@demo.codesign.test"]),
    ("Snook", "facilitator@demo.codesign.test", []),
]
# The next project is the council's working group, run by IRISS as the first one was.
NEXT_PARTNERS = [("IRISS", ["lead"]), ("Argyll and Bute Council", ["venue", "participants"])]


def _user(key):
    return User.objects.filter(email=key).first() or User.objects.get(username=key)


def seed_network(lead):
    """Runs again without making anything twice."""
    today = timezone.localdate()
    for key, would_like, when, words, break_days in ANSWERS:
        FutureWork.objects.update_or_create(
            user=_user(key),
            defaults={
                "wants_asking": True,
                "would_like": would_like,
                "availability": when,
                "in_my_own_words": words,
                "break_until": today + datetime.timedelta(days=break_days) if break_days else None,
            },
        )
    project, _ = Project.objects.update_or_create(
        slug=NEXT_SLUG,
        defaults={
            "title": NEXT_TITLE,
            "summary": (
                "The council's standing working group of young people and staff, who keep "
                "shaping support for care leavers after the first project."
            ),
            "created_by": lead,
        },
    )
    project.participants.update_or_create(
        user=lead,
        defaults={
            "display_name": lead.display_name,
            "role": Role.LEAD,
            "status": MemberStatus.ACTIVE,
            "joined_at": days_ago(2),
        },
    )
    for name, roles in NEXT_PARTNERS:
        organisation = Organisation.objects.filter(name=name).first()
        if organisation is not None:
            Partner.objects.update_or_create(
                project=project, organisation=organisation, defaults={"roles": roles}
            )
    seed_organisation_people()
    # Ellie was asked to help test an idea this spring, so Jay and Fiona come first.
    ellie = _user(ANSWERS[1][0])
    earlier = Project.objects.exclude(slug=NEXT_SLUG).filter(created_by=lead).first()
    if earlier and not NetworkAsk.objects.filter(user=ellie).exists():
        NetworkAsk.objects.create(user=ellie, project=earlier, asked_by=lead, asked_at=days_ago(90))
    return project


def seed_organisation_people():
    """Who leads each partner organisation's network, and who else works there."""
    for name, lead, others in ORGANISATION_PEOPLE:
        organisation = Organisation.objects.filter(name=name).first()
        if organisation is None:
            continue
        for key, is_lead in [(lead, True), *((other, False) for other in others)]:
            OrganisationMember.objects.update_or_create(
                organisation=organisation, user=_user(key), defaults={"is_lead": is_lead}
            )
