"""The reference story's project. Used by `manage.py seed_demo` only."""

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
