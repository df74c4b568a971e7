"""/me/hours/: a person's hours kept in three kinds (paid, payment declined or lowered, unpaid),
worked out from the sessions they came to and their claims, and how near the next volunteering
award is."""

from datetime import date, timedelta

import pytest

from sessions.models import Attendance, Route, Session
from sessions.payments.selectors.hours import (
    LOWERED,
    PAID,
    UNPAID,
    Award,
    hours_attended,
    hours_by_project,
    hours_totals,
)
from sessions.payments.services.approvals import claim_approve, claim_decline, claim_pay
from tests.factories import ParticipantFactory, ProjectFactory
from tests.helpers import assert_query_budget
from tests.sessions.conftest import make_session
from tests.sessions.payments import add_rate, came_to, make_claim

URL = "/me/hours/"


@pytest.fixture
def story(cast):
    """Jay (the cast's young person) came to five sessions: one paid, one waiting to be paid,
    one where he took no payment, one where a lead declined his claim, and one he did not claim
    for; and missed a sixth."""
    young = cast.participants["young_person"]
    add_rate(cast.project)
    paid = make_claim(young, came_to(young, days=-30, length=2, title="Mapping day"))
    claim_approve(claim=paid, by=cast.lead, under_18_checked=True)
    claim_pay(claim=paid, by=cast.lead, paid_on=date.today(), route=Route.BANK)
    make_claim(young, came_to(young, days=-20, length=3, title="Testing the pack"))
    make_claim(
        young, came_to(young, days=-15, length=1, title="Pitch panel"), route=Route.NONE, minutes=60
    )
    declined = make_claim(young, came_to(young, days=-10, length=2, title="Extra meeting"))
    claim_decline(claim=declined, by=cast.lead, reason="Not a paid session.")
    came_to(young, days=-5, length=4, title="Working group")
    missed = make_session(cast.project, days=-2, title="Missed it")
    Attendance.objects.create(session=missed, participant=young, reply="yes", attended=False)
    return young


def test_the_three_kinds_are_kept_apart(cast, story):
    rows = hours_attended(user=cast.young_person)
    kinds = {row.session.title: row.kind for row in rows}
    assert kinds == {
        "Mapping day": PAID,
        "Testing the pack": PAID,
        "Pitch panel": LOWERED,
        "Extra meeting": LOWERED,
        "Working group": UNPAID,
    }
    totals = hours_totals(rows)
    assert totals.paid == timedelta(hours=5)
    assert totals.lowered == timedelta(hours=3)
    assert totals.unpaid == timedelta(hours=4)
    assert totals.all == timedelta(hours=12)


def test_a_cancelled_session_and_other_people_do_not_count(cast, story):
    session = came_to(story, days=-1, length=6, title="Called off")
    Session.objects.filter(pk=session.pk).update(status=Session.Status.CANCELLED)
    came_to(cast.participants["staff"], days=-3, length=8)
    assert hours_totals(hours_attended(user=cast.young_person)).all == timedelta(hours=12)


def test_every_project_counts_towards_awards_and_each_has_its_own_totals(cast, story):
    other = ProjectFactory(title="Another project")
    place = ParticipantFactory(project=other, user=cast.young_person)
    came_to(place, days=-40, length=3)
    rows = hours_attended(user=cast.young_person)
    assert hours_totals(rows).unpaid == timedelta(hours=7)
    by_project = {title: totals.unpaid for title, _slug, totals in hours_by_project(rows)}
    assert by_project == {
        "Another project": timedelta(hours=3),
        "Support for care leavers": timedelta(hours=4),
    }


@pytest.mark.parametrize(
    ("hours", "reached", "next_level", "to_go", "near"),
    [
        (0, None, 10, 10, False),
        (7, None, 10, 3, True),
        (10, 10, 25, 15, False),
        (44, 25, 50, 6, True),
        (43.5, 25, 50, 7, True),
        (120, 100, 200, 80, False),
        (500, 500, None, 0, False),
    ],
)
def test_the_next_award_level(hours, reached, next_level, to_go, near):
    award = Award.for_hours(hours)
    assert (award.reached, award.next_level, award.to_go, award.is_near) == (
        reached,
        next_level,
        to_go,
        near,
    )


def test_the_person_sees_their_hours_and_the_next_award(cast, story, client_as):
    response = client_as("young_person").get(URL)
    assert response.status_code == 200
    body = response.content.decode()
    assert "Paid</th><td>5 hours" in body
    assert "Payment declined or lowered</th><td>3 hours" in body
    assert "Unpaid (volunteering)</th><td>4 hours" in body
    assert "6 more unpaid hours to the 10-hour award." in body
    assert "Mapping day" in body and "Paid (claimed, not paid yet)" in body
    assert "Missed it" not in body
    assert "/me/hours/care-leavers/time-sheet.pdf" in body


def test_near_an_award_it_says_so(cast, story, client_as):
    came_to(story, days=-60, length=4)
    body = client_as("young_person").get(URL).content.decode()
    assert "Nearly there!" in body and "2 more unpaid hours to the 10-hour award." in body


def test_only_the_persons_own_hours_are_shown(cast, story, client_as):
    body = client_as("lead").get(URL).content.decode()
    assert "Mapping day" not in body and "No sessions yet." in body


def test_someone_who_left_still_sees_their_hours(cast, story, client_as):
    story.status = "left"
    story.save()
    body = client_as("young_person").get(URL).content.decode()
    assert "Unpaid (volunteering)</th><td>4 hours" in body


def test_my_page_links_to_it(cast, client_as):
    assert URL in client_as("young_person").get("/me/").content.decode()


def test_anonymous_is_sent_to_sign_in_and_wrong_method(cast, client, client_as):
    assert client.get(URL)["Location"].startswith("/accounts/login/")
    assert client_as("young_person").post(URL).status_code == 405


def test_a_bad_page_number_shows_the_nearest_page(cast, story, client_as):
    response = client_as("young_person").get(URL + "?page=lots")
    assert response.status_code == 200 and "Mapping day" in response.content.decode()


def test_paged_at_50_with_totals_over_every_session(cast, client_as):
    young = cast.participants["young_person"]
    for n in range(52):
        came_to(young, days=-(n + 1), length=1)
    body = client_as("young_person").get(URL).content.decode()
    assert body.count("data-hours-row") == 50 and "Page 1 of 2" in body
    assert "Unpaid (volunteering)</th><td>52 hours" in body


def test_query_budget_holds_at_3_and_50_sessions(cast, client_as):
    young = cast.participants["young_person"]
    add_rate(cast.project)
    client = client_as("young_person")
    made = []

    def grow(n):
        while len(made) < n:
            session = came_to(young, days=-(len(made) + 1), length=2)
            if len(made) % 2:
                make_claim(young, session)
            made.append(session)

    assert_query_budget(fetch=lambda: client.get(URL), grow=grow, budget=8)
