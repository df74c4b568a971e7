"""The demo project's stage history, decisions and words, built once however often it runs."""

from django.core.management import call_command

from projects.models import Decision, GlossaryTerm, Project, StageChange
from projects.selectors.decisions import decision_summary


def seed_twice(settings):
    settings.DEBUG = True
    call_command("seed_demo")
    first = {
        "changes": list(StageChange.objects.values_list("pk", "at", "to_stage")),
        "decisions": list(Decision.objects.values_list("pk", "decided_on", "result")),
        "words": list(GlossaryTerm.objects.values_list("pk", "plain_meaning")),
    }
    call_command("seed_demo")
    return first


def test_the_project_walked_through_every_stage_over_the_past_year(settings, db):
    first = seed_twice(settings)
    project = Project.objects.get(slug="redesigning-support-for-care-leavers")
    changes = list(project.stage_changes.all())
    assert project.stage == "working_group"
    assert [c.to_stage for c in changes][-1] == "working_group"
    assert {c.to_stage for c in changes} >= {
        "inviting",
        "designing",
        "prototyping",
        "testing",
        "outcomes",
        "working_group",
    }
    [forced] = [c for c in changes if c.forced]
    assert "weather cancelled two" in forced.reason
    assert (changes[-1].at - changes[0].at).days > 300
    assert first["changes"] == list(StageChange.objects.values_list("pk", "at", "to_stage"))


def test_decisions_and_words_are_made_once(settings, db):
    first = seed_twice(settings)
    project = Project.objects.get(slug="redesigning-support-for-care-leavers")
    assert first["decisions"] == list(Decision.objects.values_list("pk", "decided_on", "result"))
    assert first["words"] == list(GlossaryTerm.objects.values_list("pk", "plain_meaning"))
    assert project.decisions.filter(what__startswith="Hold sessions in the evening").exists()
    summary = decision_summary(project)
    assert 0 < summary.voted < summary.total
    assert project.glossary_terms.filter(term="friends' pack").exists()
    assert GlossaryTerm.objects.filter(project=None, term="co-production").exists()


def test_the_working_group_has_young_people_and_staff(settings, db):
    seed_twice(settings)
    project = Project.objects.get(slug="redesigning-support-for-care-leavers")
    roles = set(project.participants.filter(in_working_group=True).values_list("role", flat=True))
    assert {"young_person", "staff", "manager"} <= roles
