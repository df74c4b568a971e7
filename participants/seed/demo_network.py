"""The network in the demo: the council is "developing and training a network of young people
who may be interested in taking part in co-productive working groups". Jay, Ellie and Fiona
said "ask me about future work"; Dylan is taking a break for his exams. Morag's next project,
just started, has no one in it yet, so its network page lists them to invite."""

import datetime

from django.utils import timezone

from participants.models import FutureWork, NetworkAsk, User
from projects.models import Project
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
    # Ellie was asked to help test an idea this spring, so Jay and Fiona come first.
    ellie = _user(ANSWERS[1][0])
    earlier = Project.objects.exclude(slug=NEXT_SLUG).filter(created_by=lead).first()
    if earlier and not NetworkAsk.objects.filter(user=ellie).exists():
        NetworkAsk.objects.create(user=ellie, project=earlier, asked_by=lead, asked_at=days_ago(90))
    return project
