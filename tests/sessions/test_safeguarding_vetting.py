"""Vetting checks: recorded by the project lead (or a safeguarding lead), and required of the
people named to run a session that under-18s may come to."""

from datetime import date, timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from projects.models import AuditEntry
from sessions.models import Session, Vetting
from sessions.safeguarding.selectors.vetting import may_be_attended_by_under_18s
from sessions.safeguarding.services.vetting import vetting_record
from tests.sessions.safeguarding import name_leads

pytestmark = pytest.mark.django_db


def _url(cast, name="safeguarding:vetting_new"):
    return reverse(name, kwargs={"slug": cast.project.slug})


def record(cast, who="facilitator", *, renews_on=None):
    return vetting_record(
        project=cast.project,
        by=cast.lead,
        participant=cast.participants[who],
        scheme=Vetting.Scheme.PVG,
        level="PVG scheme membership",
        certificate_end="7QX2",
        checked_on=timezone.localdate() - timedelta(days=30),
        checked_by="Lead",
        renews_on=renews_on or timezone.localdate() + timedelta(days=365),
    )


def _form(cast, **fields):
    return {
        "participant": cast.participants["facilitator"].pk,
        "scheme": "pvg",
        "level": "PVG scheme membership",
        "certificate_end": "7QX2",
        "checked_on": "2026-01-10",
        "checked_by": "Ann",
        "renews_on": "2029-01-10",
    } | fields


def test_the_lead_records_a_check(client_as, cast):
    client = client_as("lead")
    assert client.get(_url(cast)).status_code == 200
    response = client.post(_url(cast), _form(cast))
    assert response.status_code == 302
    saved = Vetting.objects.get()
    assert saved.certificate_end == "7QX2" and saved.recorded_by == cast.lead
    assert AuditEntry.objects.filter(action="vetting_record").exists()
    page = client.get(_url(cast, "safeguarding:vetting")).content.decode()
    assert "ending 7QX2" in page


def test_a_safeguarding_lead_may_record_a_check(client_as, cast):
    name_leads(cast, "manager")
    assert client_as("manager").post(_url(cast), _form(cast)).status_code == 302


def test_only_the_last_four_characters_are_accepted(client_as, cast):
    response = client_as("lead").post(_url(cast), _form(cast, certificate_end="001234567QX2"))
    assert "Enter only the last four characters" in response.content.decode()
    assert not Vetting.objects.exists()


def test_it_needs_a_scheme_and_dates(client_as, cast):
    response = client_as("lead").post(_url(cast), _form(cast, scheme="", renews_on="soon"))
    page = response.content.decode()
    assert "Choose PVG, DBS or another check." in page and "Enter a real date" in page
    assert not Vetting.objects.exists()


def test_a_renewal_date_in_the_past_is_saved_and_flagged(client_as, cast):
    client = client_as("lead")
    past = (timezone.localdate() - timedelta(days=3)).isoformat()
    response = client.post(_url(cast), _form(cast, renews_on=past), follow=True)
    page = response.content.decode()
    assert "It ran out on" in page and "Run out" in page
    assert Vetting.objects.count() == 1


@pytest.mark.parametrize("who", ["local_lead", "facilitator", "young_person", "staff", "manager"])
def test_other_members_may_not(client_as, cast, who):
    client = client_as(who)
    assert client.get(_url(cast, "safeguarding:vetting")).status_code == 403
    assert client.post(_url(cast), _form(cast)).status_code == 403
    assert not Vetting.objects.exists()


def test_outsiders_anonymous_and_wrong_methods(client, client_as, cast):
    assert client.get(_url(cast)).status_code == 302
    assert client_as("outsider").get(_url(cast)).status_code == 404
    assert client_as("lead").post(_url(cast, "safeguarding:vetting")).status_code == 405


def test_the_overview_shows_checks_running_out_to_the_lead_only(client_as, cast):
    record(cast, "facilitator", renews_on=timezone.localdate() + timedelta(days=20))
    record(cast, "staff", renews_on=timezone.localdate() - timedelta(days=1))
    overview = reverse("projects:detail", args=[cast.project.slug])
    page = client_as("lead").get(overview).content.decode()
    assert "1 vetting check running out within 60 days" in page
    assert "1 vetting check run out" in page
    assert "vetting check" not in client_as("young_person").get(overview).content.decode()


# Who may come: a young person's age.


def _young(cast, *, born=None, band=""):
    user = cast.young_person
    user.date_of_birth, user.age_band = born, band
    user.save()


def test_a_young_person_of_unknown_age_may_be_under_18(cast):
    _young(cast)
    assert may_be_attended_by_under_18s(cast.project, date(2026, 12, 1))


def test_a_young_person_aged_16_or_17_is_under_18(cast):
    _young(cast, band="16_17")
    assert may_be_attended_by_under_18s(cast.project, date(2026, 12, 1))


def test_adults_only_need_no_vetted_runners(cast):
    _young(cast, band="18_25")
    assert not may_be_attended_by_under_18s(cast.project, date(2026, 12, 1))


def test_a_date_of_birth_counts_on_the_sessions_day(cast):
    _young(cast, born=date(2008, 12, 10), band="16_17")
    assert may_be_attended_by_under_18s(cast.project, date(2026, 12, 9))
    assert not may_be_attended_by_under_18s(cast.project, date(2026, 12, 10))


# Naming who runs a session.


def _session_form(cast, runners, **more):
    starts = timezone.localtime() + timedelta(days=7)
    return {
        "title": "Mapping workshop",
        "kind": "workshop",
        "starts_at": starts.strftime("%Y-%m-%dT18:00"),
        "ends_at": starts.strftime("%Y-%m-%dT20:00"),
        "venue_name": "Oban library",
        "runners": [cast.participants[who].pk for who in runners],
        "save": "1",
    } | more


def test_a_session_under_18s_may_come_to_refuses_an_unvetted_runner(client_as, cast):
    _young(cast, band="16_17")
    url = reverse("sessions:new", args=[cast.project.slug])
    response = client_as("facilitator").post(url, _session_form(cast, ["facilitator", "staff"]))
    page = response.content.decode()
    assert response.status_code == 200
    assert "Facilitator has no vetting check recorded" in page
    assert "Frontline staff has no vetting check recorded" in page
    assert not Session.objects.exists()


def test_an_expired_check_is_refused(client_as, cast):
    _young(cast, band="16_17")
    record(cast, "facilitator", renews_on=timezone.localdate() - timedelta(days=1))
    url = reverse("sessions:new", args=[cast.project.slug])
    page = client_as("facilitator").post(url, _session_form(cast, ["facilitator"])).content
    assert "vetting check ran out on" in page.decode()
    assert not Session.objects.exists()


def test_a_check_running_out_before_the_session_is_refused(client_as, cast):
    _young(cast, band="16_17")
    record(cast, "facilitator", renews_on=timezone.localdate() + timedelta(days=2))
    url = reverse("sessions:new", args=[cast.project.slug])
    page = client_as("facilitator").post(url, _session_form(cast, ["facilitator"])).content
    assert "vetting check runs out on" in page.decode()


def test_a_vetted_runner_is_saved(client_as, cast):
    _young(cast, band="16_17")
    record(cast, "facilitator")
    url = reverse("sessions:new", args=[cast.project.slug])
    response = client_as("facilitator").post(url, _session_form(cast, ["facilitator"]))
    assert response.status_code == 302
    assert list(Session.objects.get().runners.all()) == [cast.participants["facilitator"]]


def test_with_only_adults_anyone_may_run_it(client_as, cast):
    _young(cast, band="18_25")
    url = reverse("sessions:new", args=[cast.project.slug])
    response = client_as("facilitator").post(url, _session_form(cast, ["staff"]))
    assert response.status_code == 302


def test_changing_a_session_checks_its_runners_too(client_as, cast):
    _young(cast, band="16_17")
    record(cast, "facilitator")
    client = client_as("facilitator")
    client.post(
        reverse("sessions:new", args=[cast.project.slug]), _session_form(cast, ["facilitator"])
    )
    session = Session.objects.get()
    edit = reverse("sessions:edit", args=[cast.project.slug, session.pk])
    assert client.get(edit).status_code == 200
    data = _session_form(cast, ["facilitator", "manager"])
    page = client.post(edit, data).content.decode()
    assert "Manager has no vetting check recorded" in page
    assert list(session.runners.all()) == [cast.participants["facilitator"]]
