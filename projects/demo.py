"""The reference story's project. Used by `manage.py seed_demo` only."""

from datetime import timedelta

from django.utils import timezone

from projects.models import Decision, GlossaryTerm, Project, Stage, StageChange

DEMO_SLUG = "redesigning-support-for-care-leavers"


def seed_project(*, lead):
    project, _ = Project.objects.update_or_create(
        slug=DEMO_SLUG,
        defaults={
            "title": "Redesigning Support for Care Leavers",
            "summary": (
                "A research institute, a charity and a council working with young care leavers, "
                "frontline staff and managers to design support for the emotional and social "
                "needs of care leavers moving into adult life in a rural area."
            ),
            "created_by": lead,
        },
    )
    return project


# (days ago, from, to, reason, forced): the reference story's path, with one loop back.
DEMO_STAGE_MOVES = [
    (
        350,
        Stage.SETUP,
        Stage.INVITING,
        "Partners agreed their parts: IRISS leads and funds the design work, STAF meets young "
        "people's costs, the council lends venues and Snook runs the sessions.",
        False,
    ),
    (
        300,
        Stage.INVITING,
        Stage.DESIGNING,
        "Local leads have invited young people, social workers and managers. No one was turned "
        "away.",
        False,
    ),
    (
        230,
        Stage.DESIGNING,
        Stage.PROTOTYPING,
        "Sessions moved to evenings after the weather cancelled two; we agreed to go on.",
        True,
    ),
    (170, Stage.PROTOTYPING, Stage.TESTING, "", False),
    (
        140,
        Stage.TESTING,
        Stage.PROTOTYPING,
        "Young people found the map hard to read on a phone, so we went back to make it clearer.",
        False,
    ),
    (120, Stage.PROTOTYPING, Stage.TESTING, "", False),
    (
        80,
        Stage.TESTING,
        Stage.OUTCOMES,
        "The friends' pack worked well in testing and residential care staff want to use it.",
        False,
    ),
    (
        30,
        Stage.OUTCOMES,
        Stage.WORKING_GROUP,
        "The council wants to keep working this way: a working group of young people and staff.",
        False,
    ),
]

# (what, proposed by, decided by, young people voted, result, days ago)
DEMO_DECISIONS = [
    (
        "Hold sessions in the evening so young people at college or work can come",
        Decision.Group.YOUNG_PEOPLE,
        Decision.Group.EVERYONE,
        True,
        "Sessions run from 6pm to 8pm from the third session on, and more young people came.",
        240,
    ),
    (
        "Pay young people for their time at the same rate as others",
        Decision.Group.YOUNG_PEOPLE,
        Decision.Group.PARTNERS,
        False,
        "IRISS now pays people who use services when they work in partnership with it.",
        200,
    ),
    (
        "Move a session online when the weather closes the roads, rather than cancel it",
        Decision.Group.FACILITATORS,
        Decision.Group.EVERYONE,
        True,
        "Two sessions were held online in the winter.",
        225,
    ),
    (
        "Explain every hard word at the start of a session, starting with co-production",
        Decision.Group.YOUNG_PEOPLE,
        Decision.Group.EVERYONE,
        True,
        "The project keeps a list of its own words, and the facilitators check it before "
        "each session.",
        290,
    ),
    (
        "Develop the friends' pack for use in residential care",
        Decision.Group.STAFF,
        Decision.Group.EVERYONE,
        True,
        "The friends' pack is now used in residential care.",
        85,
    ),
    (
        "Keep going as a co-production working group after the project",
        Decision.Group.MANAGERS,
        Decision.Group.LEAD,
        False,
        "",
        35,
    ),
]

DEMO_PROJECT_WORDS = [
    (
        "friends' pack",
        "A pack young people made in this project for young people moving into residential "
        "care: who is who, what is nearby and where to get help. It is now used in residential "
        "care in Argyll and Bute.",
    ),
    (
        "STAF",
        "The Scottish Throughcare and Aftercare Forum, a charity for young people leaving care. "
        "In this project it met the young people's costs.",
    ),
    (
        "IRISS",
        "The Institute for Research and Innovation in Social Services. It led this project and "
        "paid for the design facilitators, materials, travel and expenses.",
    ),
    ("Snook", "The design agency that ran the sessions in this project."),
    (
        "throughcare and aftercare",
        "Support for young people getting ready to leave care (throughcare) and after they have "
        "left (aftercare).",
    ),
]


def seed_stage_history(project, *, lead):
    """Walk the project through its stages over the past year. Left alone once it has a
    history, so running the demo again changes nothing."""
    if project.stage_changes.exists():
        return
    now = timezone.now().replace(hour=18, minute=0, second=0, microsecond=0)
    for days_ago, from_stage, to_stage, reason, forced in DEMO_STAGE_MOVES:
        StageChange.objects.create(
            project=project,
            from_stage=from_stage,
            to_stage=to_stage,
            by=lead,
            at=now - timedelta(days=days_ago),
            reason=reason,
            forced=forced,
        )
    project.stage = DEMO_STAGE_MOVES[-1][2]
    project.save(update_fields=["stage", "updated_at"])


def seed_decisions(project, *, recorded_by):
    today = timezone.localdate()
    for what, proposed_by, decided_by, voted, result, days_ago in DEMO_DECISIONS:
        Decision.objects.get_or_create(
            project=project,
            what=what,
            defaults={
                "proposed_by": proposed_by,
                "decided_by": decided_by,
                "young_people_voted": voted,
                "result": result,
                "decided_on": today - timedelta(days=days_ago),
                "recorded_by": recorded_by,
            },
        )


def seed_project_words(project, *, created_by):
    for term, meaning in DEMO_PROJECT_WORDS:
        GlossaryTerm.objects.get_or_create(
            project=project,
            term__iexact=term,
            defaults={"term": term, "plain_meaning": meaning, "created_by": created_by},
        )
