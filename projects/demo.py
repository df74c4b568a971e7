"""The reference story's project. Used by `manage.py seed_demo` only."""

from datetime import date, datetime
from zoneinfo import ZoneInfo

from django.core.files.base import ContentFile

from projects.models import Project

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


DEMO_PAYMENT_POLICY = (
    "Young people and others who use services are paid for their time when they work with us "
    "as partners, at the same hourly rate for every session, just like the staff in the room. "
    "Travel and childcare costs are met on top, and food is provided at every session. If you "
    "would rather have a voucher, or not be paid, that is your choice and it is fine to say so."
)

DEMO_UPDATES = [
    (
        "Thursday's session moves online because of the snow",
        "Snow has closed several roads around the area, so Thursday's session will happen "
        "online instead, at the same time.\n\n"
        "If you do not have a laptop or enough data, call your local lead and we will sort "
        "something out. Your travel money for the day is still paid.",
        True,
        datetime(2016, 1, 14, 9, 30),
    ),
    (
        "From now on, everyone is paid for their time",
        "Some of you rightly pointed out that everyone in the room was being paid except the "
        "young people. That was not fair.\n\n"
        "From the next session, young people are paid for their time at the same rate for every "
        "session. You can claim on the payments page, choose a voucher instead, or decline.",
        False,
        datetime(2016, 2, 3, 18, 0),
    ),
    (
        "The friends' pack is now used in residential care",
        "The friends' pack started as a paper mock-up in our second session. After two rounds "
        "of testing with young people and staff, the council has adopted it in its residential "
        "care homes.\n\n"
        "Thank you to everyone who made it, tested it and told us what to change.",
        True,
        datetime(2016, 11, 22, 11, 0),
    ),
]

DEMO_RESOURCE_TITLE = "Notes from the first co-design session"
DEMO_RESOURCE_TEXT = """Notes from the first co-design session

Who came: young people, frontline staff, managers, the local leads and the facilitators.

What we heard
- Moving on from care can feel lonely, especially far from town.
- Young people want to know who they can call, and when.
- Meetings in working hours clash with college and work.

What we agreed to try
- A pack a young person can give to friends and family, explaining what support exists.
- A map of places and people who can help locally.
- Holding some sessions in the evening.
"""


def seed_public_page(project, *, lead):
    """Fill in the project's settings, make it public, and add its updates and a file.

    Running it again changes nothing: updates and the file are found by their titles.
    """
    tz = ZoneInfo("Europe/London")
    Project.objects.filter(pk=project.pk).update(
        aim=(
            "Meet the emotional and social needs of care leavers as they move into adult life, "
            "by designing support together with them rather than for them."
        ),
        area="Argyll and Bute",
        starts_on=date(2015, 9, 1),
        ends_on=date(2017, 3, 31),
        payment_policy=DEMO_PAYMENT_POLICY,
        is_public=True,
    )
    project.refresh_from_db()
    for title, body, is_public, published in DEMO_UPDATES:
        project.updates.get_or_create(
            title=title,
            defaults={
                "body": body,
                "is_public": is_public,
                "author": lead,
                "published_at": published.replace(tzinfo=tz),
            },
        )
    if not project.resources.filter(title=DEMO_RESOURCE_TITLE).exists():
        content = DEMO_RESOURCE_TEXT.encode()
        resource = project.resources.create(
            title=DEMO_RESOURCE_TITLE,
            description="What people said and what we agreed to try. For people in the project.",
            is_public=False,
            file=ContentFile(content, name="notes.txt"),
            original_filename="first-session-notes.txt",
            content_type="text/plain; charset=utf-8",
            size=len(content),
            uploaded_by=lead,
        )
        resource.uploaded_at = datetime(2015, 10, 8, 17, 0, tzinfo=tz)
        resource.save(update_fields=["uploaded_at"])
    return project
