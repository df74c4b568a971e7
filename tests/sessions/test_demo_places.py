"""The demo's places on the working group: a decided round whose terms are ending, and the
next round open, each with a young person on its panel."""

from django.core.management import call_command

from participants.models import GroupTerm
from projects.roles import Role
from sessions.models import Application, PanelView, PlacesRound


def test_the_demo_recruits_the_next_members_of_the_working_group(db, settings, client):
    settings.DEBUG = True
    call_command("seed_demo", verbosity=0)
    call_command("seed_demo", verbosity=0)
    first, following = PlacesRound.objects.order_by("opened_at")
    assert following.follows == first and following.is_open() and not first.is_open()
    for places_round in (first, following):
        assert places_round.panel.filter(role=Role.YOUNG_PERSON).exists()
        assert places_round.applications.filter(participant__role=Role.YOUNG_PERSON).count() >= 2
    statuses = set(first.applications.values_list("status", flat=True))
    assert statuses == {Application.Status.ACCEPTED, Application.Status.NOT_OFFERED}
    assert GroupTerm.objects.count() == 2
    assert GroupTerm.objects.exclude(handover_note="").count() == 1
    assert PanelView.objects.filter(application__round=following).exists()
    client.login(email="lead@demo.codesign.test", password="codesign-demo")
    overview = client.get(f"/projects/{first.project.slug}/").content.decode()
    assert "ending their terms within 60 days" in overview
    page = client.get(following.get_absolute_url()).content.decode()
    assert "Dylan" in page and "Kirsty" in page
