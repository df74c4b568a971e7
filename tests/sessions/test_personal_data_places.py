"""Applications for places on the working group in "all your data", and what deleting an
account does to them."""

from django.utils import timezone

from participants.models import GroupTerm
from participants.registries.personal_data import personal_data
from participants.services.account import user_delete
from sessions.evidence.services.places import panel_view_give
from sessions.models import Application, PanelView
from tests.sessions.places import apply, open_round


def test_all_your_data_lists_your_applications_and_terms_but_not_the_panels_views(cast):
    places_round = open_round(cast)
    application = apply(places_round, cast.participants["staff"])
    panel_view_give(
        application=application,
        member=cast.participants["manager"],
        view="no",
        note="Not this time",
    )
    today = timezone.localdate()
    GroupTerm.objects.create(
        participant=cast.participants["staff"],
        starts_on=today,
        ends_on=today + timezone.timedelta(days=300),
        handover_note="Book the bus.",
    )
    held = {s["key"]: s["rows"] for s in personal_data.collect(cast.staff)}
    row = held["group_applications"][0]
    assert "Why would you like to join?: To help" in row["Your answers"]
    assert row["What happened"] == "Applied"
    assert "Not this time" not in str(held)
    assert held["group_terms"][0]["Your note for the next members"] == "Book the bus."
    theirs = {s["key"]: s["rows"] for s in personal_data.collect(cast.manager)}
    assert theirs["group_applications"] == []


def test_deleting_an_account_removes_applications_and_the_note(cast):
    places_round = open_round(cast)
    application = apply(places_round, cast.participants["staff"])
    panel_view_give(application=application, member=cast.participants["manager"], view="yes")
    other = apply(places_round, cast.participants["local_lead"])
    today = timezone.localdate()
    term = GroupTerm.objects.create(
        participant=cast.participants["staff"],
        starts_on=today,
        ends_on=today + timezone.timedelta(days=300),
        handover_note="Book the bus.",
    )
    user_delete(user=cast.staff, remove_contributions=False)
    assert list(Application.objects.all()) == [other]
    assert not PanelView.objects.exists()
    term.refresh_from_db()
    assert term.handover_note == ""
