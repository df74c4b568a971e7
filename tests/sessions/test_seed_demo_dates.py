"""The demo's dates tell one story, counted from today: nothing happens before the project
starts or after today, and people join after the project starts."""

from django.core.management import call_command
from django.utils import timezone

from projects.models import Project


def test_every_date_in_the_demo_sits_inside_the_project(settings, db):
    settings.DEBUG = True
    call_command("seed_demo")
    project = Project.objects.get(slug="redesigning-support-for-care-leavers")
    today = timezone.localdate()
    start = project.starts_on
    assert start < today < project.ends_on

    def day(moment):
        return timezone.localtime(moment).date()

    dates = {
        "update": [day(u.published_at) for u in project.updates.all()],
        "file": [day(r.uploaded_at) for r in project.resources.all()],
        "spending": list(project.spending.values_list("spent_on", flat=True)),
        "stage move": [day(c.at) for c in project.stage_changes.all()],
        "decision": list(project.decisions.values_list("decided_on", flat=True)),
        "joined": [day(p.joined_at) for p in project.participants.exclude(joined_at=None)],
    }
    for what, days in dates.items():
        assert days, what
        for when in days:
            assert start <= when <= today, (what, when, start)
