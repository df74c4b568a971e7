"""The lead decides the places, those offered say yes or no, and outgoing members leave a note
for the next members."""

import pytest
from django.utils import timezone

from participants.models import GroupTerm, Notification
from participants.registries.roles_held import roles_held
from sessions.models import Application, PlacesRound
from tests.sessions.places import apply, open_round


def url(places_round, what):
    return f"/projects/{places_round.project.slug}/working-group/places/{places_round.pk}/{what}/"


def two_applied(cast):
    places_round = open_round(cast, places=1)
    staff = apply(places_round, cast.participants["staff"])
    local = apply(places_round, cast.participants["local_lead"])
    return places_round, staff, local


def test_the_lead_offers_places_and_everyone_who_applied_hears(cast, client_as):
    places_round, staff, local = two_applied(cast)
    client = client_as("lead")
    name = cast.participants["staff"].display_name
    assert name in client.get(url(places_round, "decide")).content.decode()
    Notification.objects.all().delete()
    response = client.post(url(places_round, "decide"), {"offered": [staff.pk]})
    assert response["Location"] == places_round.get_absolute_url()
    staff.refresh_from_db()
    local.refresh_from_db()
    assert staff.status == Application.Status.OFFERED
    assert local.status == Application.Status.NOT_OFFERED
    told = {n.user: n.subject for n in Notification.objects.all()}
    assert told[cast.staff] == "You have been offered a place on the working group"
    assert told[cast.local_lead] == "About your application to the working group"
    places_round.refresh_from_db()
    assert places_round.decided_at is not None


def test_offering_more_than_the_places_saves_nothing(cast, client_as):
    places_round, staff, local = two_applied(cast)
    response = client_as("lead").post(
        url(places_round, "decide"), {"offered": [staff.pk, local.pk]}
    )
    assert response.status_code == 422
    assert (
        "You can offer 1 place, but you chose 2. Choose fewer people." in response.content.decode()
    )
    assert not Application.objects.exclude(status=Application.Status.APPLIED).exists()
    empty = client_as("lead").post(url(places_round, "decide"), {})
    assert empty.status_code == 422
    assert PlacesRound.objects.get().decided_at is None


@pytest.mark.parametrize("who", ["young_person", "manager", "facilitator", "staff"])
def test_only_leads_decide(cast, client_as, who):
    places_round, staff, _ = two_applied(cast)
    assert (
        client_as(who).post(url(places_round, "decide"), {"offered": [staff.pk]}).status_code == 403
    )
    assert PlacesRound.objects.get().decided_at is None


def test_deciding_checks_who_is_asking_and_how(cast, client, client_as):
    places_round, *_ = two_applied(cast)
    assert client.get(url(places_round, "decide"))["Location"].startswith("/accounts/login/")
    assert client_as("outsider").get(url(places_round, "decide")).status_code == 404
    assert client_as("staff").get(url(places_round, "reply")).status_code == 405


def test_accepting_makes_a_member_for_the_term(cast, client_as):
    places_round, staff, _ = two_applied(cast)
    client_as("lead").post(url(places_round, "decide"), {"offered": [staff.pk]})
    client = client_as("staff")
    assert (
        "Would you like the place?" in client.get(places_round.get_absolute_url()).content.decode()
    )
    client.post(url(places_round, "reply"), {"answer": "yes"})
    member = cast.participants["staff"]
    member.refresh_from_db()
    assert member.in_working_group
    term = GroupTerm.objects.get(participant=member)
    assert (term.starts_on, term.ends_on) == (places_round.term_starts, places_round.term_ends)
    page = client.get(f"/projects/{cast.project.slug}/working-group/").content.decode()
    assert member.display_name in page and "until" in page
    held = roles_held.for_user(cast.staff)
    assert [(r.label, r.since, r.until) for r in held] == [
        ("Working group member", term.starts_on, term.ends_on)
    ]
    panel_roles = [r.label for r in roles_held.for_user(cast.young_person)]
    assert "Panel member: places on the working group" in panel_roles
    assert Notification.objects.filter(user=cast.lead, subject__contains="said yes").exists()


def test_declining_or_a_bad_answer(cast, client_as):
    places_round, staff, local = two_applied(cast)
    client_as("lead").post(url(places_round, "decide"), {"offered": [staff.pk]})
    client = client_as("staff")
    client.post(url(places_round, "reply"), {"answer": "maybe"})
    staff.refresh_from_db()
    assert staff.status == Application.Status.OFFERED
    client.post(url(places_round, "reply"), {"answer": "no"})
    staff.refresh_from_db()
    assert staff.status == Application.Status.DECLINED
    assert not GroupTerm.objects.exists()
    # Someone not offered a place has nothing to answer; someone who never applied, nothing.
    client_as("local_lead").post(url(places_round, "reply"), {"answer": "yes"})
    local.refresh_from_db()
    assert local.status == Application.Status.NOT_OFFERED
    assert (
        client_as("manager").post(url(places_round, "reply"), {"answer": "yes"}).status_code == 403
    )


def handover_url(cast):
    return f"/projects/{cast.project.slug}/working-group/hand-over/"


def ending_term(cast, who="staff", days=20):
    member = cast.participants[who]
    member.in_working_group = True
    member.save()
    today = timezone.localdate()
    return GroupTerm.objects.create(
        participant=member,
        starts_on=today - timezone.timedelta(days=300),
        ends_on=today + timezone.timedelta(days=days),
    )


def test_an_outgoing_member_leaves_a_note_the_next_members_see(cast, client_as):
    term = ending_term(cast)
    client = client_as("staff")
    assert client.get(handover_url(cast)).status_code == 200
    bad = client.post(handover_url(cast), {"note": "  "})
    assert bad.status_code == 422
    assert "Write your note for the next members." in bad.content.decode()
    client.post(handover_url(cast), {"note": "Keep asking the council for the map."})
    term.refresh_from_db()
    assert term.handover_note == "Keep asking the council for the map."
    page = client_as("young_person").get(f"/projects/{cast.project.slug}/working-group/")
    assert "Keep asking the council for the map." in page.content.decode()


def test_only_members_with_a_term_write_a_note(cast, client, client_as):
    ending_term(cast)
    assert client.get(handover_url(cast))["Location"].startswith("/accounts/login/")
    assert client_as("outsider").get(handover_url(cast)).status_code == 404
    assert client_as("young_person").get(handover_url(cast)).status_code == 403
    cast.participants["manager"].in_working_group = True
    cast.participants["manager"].save()
    assert client_as("manager").get(handover_url(cast)).status_code == 404
    assert client_as("staff").put(handover_url(cast)).status_code == 405


def test_ending_terms_show_on_the_leads_overview_with_the_hand_over(cast, client_as):
    places_round = open_round(cast)
    PlacesRound.objects.filter(pk=places_round.pk).update(
        term_ends=timezone.localdate() + timezone.timedelta(days=20)
    )
    ending_term(cast)
    overview = client_as("lead").get(f"/projects/{cast.project.slug}/").content.decode()
    assert "1 working-group member is ending their term within 60 days" in overview
    assert url(places_round, "next") in overview
    member_view = client_as("young_person").get(f"/projects/{cast.project.slug}/").content.decode()
    assert "ending their term" not in member_view
    group = client_as("lead").get(f"/projects/{cast.project.slug}/working-group/").content.decode()
    assert "Term ending" in group and "Hand over to the next members" in group


def test_the_next_round_starts_from_the_ending_one(cast, client_as):
    places_round = open_round(cast, places=4)
    page = client_as("lead").get(url(places_round, "next")).content.decode()
    assert "Hand over to the next members" in page and 'value="4"' in page
    assert client_as("staff").get(url(places_round, "next")).status_code == 403
