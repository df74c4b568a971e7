"""Time sheets: /me/hours/<slug>/time-sheet.pdf (the person's own, one project) and
/projects/<slug>/payments/people/<pk>/time-sheet.pdf (a project lead prints one for someone):
date, session, hours and kind of each session, the totals, and lines for the organisation to
sign."""

import io
from datetime import date

import pytest
from pypdf import PdfReader

from sessions.models import Route
from sessions.payments.services.approvals import claim_approve, claim_pay
from sessions.payments.services.claims import claim_submit
from tests.factories import ParticipantFactory, PartnerFactory, ProjectFactory
from tests.sessions.payments import add_rate, came_to, make_claim

MINE = "/me/hours/care-leavers/time-sheet.pdf"


def lead_url(cast, who="young_person"):
    return f"/projects/care-leavers/payments/people/{cast.participants[who].pk}/time-sheet.pdf"


def text_of(response):
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    return " ".join(page.extract_text() for page in PdfReader(io.BytesIO(response.content)).pages)


@pytest.fixture
def hours(cast):
    young = cast.participants["young_person"]
    add_rate(cast.project)
    PartnerFactory(project=cast.project, organisation__name="IRISS", roles=["lead"])
    paid = make_claim(young, came_to(young, days=-20, length=2, title="Mapping day"))
    claim_approve(claim=paid, by=cast.lead, under_18_checked=True)
    claim_pay(claim=paid, by=cast.lead, paid_on=date.today(), route=Route.BANK)
    claim_submit(
        participant=young,
        session=came_to(young, days=-10, length=1, title="Pitch panel"),
        by=cast.young_person,
        minutes=60,
        route=Route.LOWER,
        lower_pence=500,
    )
    came_to(young, days=-5, length=3, title="Working group")
    other = ParticipantFactory(project=ProjectFactory(), user=cast.young_person)
    came_to(other, days=-4, length=5, title="Elsewhere")
    return young


def test_the_person_prints_their_own_for_one_project(cast, hours, client_as):
    response = client_as("young_person").get(MINE)
    assert "attachment" in response["Content-Disposition"]
    assert "no-store" in response["Cache-Control"]
    text = text_of(response)
    assert "Time sheet" in text and "Young person, in Support for care leavers" in text
    assert "Mapping day" in text and "Pitch panel" in text and "Working group" in text
    assert "Elsewhere" not in text
    assert "Paid: 2 hours" in text
    assert "Payment declined or lowered: 1 hour" in text
    assert "Unpaid (volunteering): 3 hours" in text
    assert "I confirm these hours for IRISS." in text and "Signed:" in text


def test_someone_who_left_may_still_print_theirs(cast, hours, client_as):
    hours.status = "left"
    hours.save()
    assert "Working group" in text_of(client_as("young_person").get(MINE))


def test_with_no_sessions_it_says_so(cast, client_as):
    assert "No sessions attended have been recorded yet." in text_of(client_as("staff").get(MINE))


def test_a_project_lead_prints_one_for_someone(cast, hours, client_as):
    text = text_of(client_as("lead").get(lead_url(cast)))
    assert "Young person, in Support for care leavers" in text and "Mapping day" in text


def test_a_lead_prints_one_for_someone_taking_part_offline(cast, client_as):
    offline = ParticipantFactory(project=cast.project, user=None, display_name="Kirsty")
    came_to(offline, days=-3, length=2, title="Map workshop")
    url = f"/projects/care-leavers/payments/people/{offline.pk}/time-sheet.pdf"
    text = text_of(client_as("lead").get(url))
    assert "Kirsty, in Support for care leavers" in text and "Unpaid (volunteering): 2" in text


@pytest.mark.parametrize("who", ["local_lead", "facilitator", "young_person", "staff", "manager"])
def test_only_project_leads_print_someone_elses(cast, hours, client_as, who):
    assert client_as(who).get(lead_url(cast)).status_code == 403


def test_outsiders_and_strangers_find_nothing(cast, hours, client_as):
    assert client_as("outsider").get(lead_url(cast)).status_code == 404
    assert client_as("outsider").get(MINE).status_code == 404
    assert (
        client_as("young_person").get("/me/hours/no-such-project/time-sheet.pdf").status_code == 404
    )
    someone_elses = ParticipantFactory(project=ProjectFactory(slug="other-place"))
    url = f"/projects/care-leavers/payments/people/{someone_elses.pk}/time-sheet.pdf"
    assert client_as("lead").get(url).status_code == 404


def test_someone_whose_request_to_join_waits_has_no_time_sheet(cast, client_as):
    waiting = ParticipantFactory(project=ProjectFactory(slug="waiting-room"), status="pending")
    from django.test import Client

    client = Client()
    client.force_login(waiting.user)
    assert client.get("/me/hours/waiting-room/time-sheet.pdf").status_code == 404


def test_anonymous_is_sent_to_sign_in_and_wrong_method(cast, client, client_as):
    for url in (MINE, lead_url(cast)):
        assert client.get(url)["Location"].startswith("/accounts/login/")
    assert client_as("young_person").post(MINE).status_code == 405
    assert client_as("lead").post(lead_url(cast)).status_code == 405


def test_the_person_page_links_to_it_for_leads_only(cast, client_as):
    person = f"/projects/care-leavers/people/{cast.participants['young_person'].pk}/"
    assert lead_url(cast) in client_as("lead").get(person).content.decode()
