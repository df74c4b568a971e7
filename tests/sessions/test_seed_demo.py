import pytest
from django.core.management import CommandError, call_command

from participants.models import Participant, User
from projects.models import Project
from projects.seed.demo import DEMO_SLUG


def test_it_builds_the_reference_story_and_can_run_twice(settings, db, capsys):
    settings.DEBUG = True
    call_command("seed_demo")
    call_command("seed_demo")
    project = Project.objects.get(slug="redesigning-support-for-care-leavers")
    roles = set(Participant.objects.filter(project=project).values_list("role", flat=True))
    assert roles == {"lead", "local_lead", "facilitator", "young_person", "staff", "manager"}
    # The story's project, and the lead's next one to invite the network into.
    assert Project.objects.count() == 2
    out = capsys.readouterr().out
    assert "lead@demo.codesign.test" in out and "codesign-demo" in out


def test_printed_logins_work(settings, db, client):
    settings.DEBUG = True
    call_command("seed_demo")
    assert client.login(email="young.person@demo.codesign.test", password="codesign-demo")
    assert User.objects.get(email="young.person@demo.codesign.test").display_name == "Jay"


def test_it_refuses_without_debug_unless_forced(settings, db):
    settings.DEBUG = False
    with pytest.raises(CommandError, match="only runs when DEBUG is on"):
        call_command("seed_demo")
    call_command("seed_demo", "--force")
    assert Project.objects.filter(slug=DEMO_SLUG).exists()
