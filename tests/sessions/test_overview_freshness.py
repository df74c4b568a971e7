"""The overview's sessions, ideas and payments sections are cached, yet every kind of write
shows on the very next request, for the person who made it and for everyone else."""

from dataclasses import dataclass
from datetime import timedelta
from typing import Any

import pytest
from django.utils import timezone

from participants.services.account import user_delete
from participants.services.needs import support_needs_save
from projects.freshness import project_changed_by_id
from projects.models import Project, Stage
from projects.services.outcomes import outcome_create, outcome_review
from sessions.meetings.services.checkin import attendance_record, checkin_by_code
from sessions.meetings.services.disruption import session_disrupt
from sessions.meetings.services.polls import availability_save, poll_create, poll_pick
from sessions.meetings.services.replies import attendance_reply
from sessions.meetings.services.sessions import session_create, session_update
from sessions.models import Disruption, Route
from sessions.payments.services.approvals import claim_approve, claim_decline, claim_pay
from sessions.payments.services.rates import payment_terms_save
from sessions.prototypes.forms.evaluations import EvaluationSheetForm
from sessions.prototypes.services import rounds as test_rounds
from sessions.prototypes.services.comments import comment_delete, comment_edit, comment_post
from sessions.prototypes.services.evaluations import evaluation_sheet_add
from sessions.prototypes.services.moderation import comment_hide, comment_show_again
from sessions.prototypes.services.prototypes import (
    prototype_decide,
    prototype_update,
    prototype_version_add,
)
from sessions.prototypes.services.rounds import feedback_give
from tests.sessions.payments import add_rate, came_to, make_claim
from tests.sessions.prototype_helpers import add_picture, make_prototype


def overview(client, project):
    return " ".join(client.get(project.get_absolute_url()).content.decode().split())


def soon(days, hour=18):
    day = timezone.localdate() + timedelta(days=days)
    return timezone.make_aware(timezone.datetime(day.year, day.month, day.day, hour))


def plan(cast, title, days):
    fields = {"title": title, "starts_at": soon(days), "ends_at": soon(days, 20)}
    [session] = session_create(project=cast.project, by=cast.lead, fields=fields)
    return session


def sheet(cast, prototype):
    form = EvaluationSheetForm(
        {"learnt": "It helps", "young_people": 4, "staff": 1, "managers": 0},
        project=cast.project,
    )
    assert form.is_valid(), form.errors
    return evaluation_sheet_add(
        form=form, prototype=prototype, member=cast.participants["staff"], by=cast.staff
    )


@dataclass
class Write:
    """A kind of write, made through its service as the app makes it: who is looking, what
    they see before it (the section is then cached), and what they see, or no longer see, on
    the next request. `arrange(cast)` makes what the write needs and returns it."""

    name: str
    viewer: str
    write: Any
    arrange: Any = None
    before: str = ""
    after: str = ""
    gone: str = ""


def planned(cast):
    return plan(cast, "Mapping workshop", 3)


def planned_and_answered(cast):
    session = planned(cast)
    attendance_reply(session=session, participant=cast.participants["young_person"], reply="yes")
    return session


def pizza_poll(cast):
    return poll_create(
        project=cast.project,
        by=cast.lead,
        fields={"title": "Pizza night"},
        options=[(soon(9), soon(9, 20))],
    )


def staff_came_and_young_person_said_yes(cast):
    session = came_to(cast.participants["staff"], days=-2)
    attendance_reply(session=session, participant=cast.participants["young_person"], reply="yes")
    return session


def staff_came_today_and_young_person_said_yes(cast):
    """As above, on the day: cards are checked in only then."""
    session = came_to(cast.participants["staff"], days=0)
    attendance_reply(session=session, participant=cast.participants["young_person"], reply="yes")
    return session


def idea(cast):
    return make_prototype(cast)


def idea_with_comment(cast):
    return comment_post(
        prototype=make_prototype(cast, by="facilitator"),
        author=cast.participants["young_person"],
        body="Add bus times",
    )


def hidden_comment(cast):
    return hide(cast, idea_with_comment(cast))


def hide(cast, comment):
    return comment_hide(
        comment=comment,
        by_member=cast.participants["facilitator"],
        by=cast.facilitator,
        reason="Off topic",
    )


def open_round(cast, prototype):
    return test_rounds.test_round_open(
        prototype=prototype,
        by=cast.lead,
        question="Does it help?",
        opens_at=timezone.now() - timedelta(hours=1),
        closes_at=timezone.now() + timedelta(days=2),
    )


def can_claim(cast):
    add_rate(cast.project)
    return came_to(cast.participants["young_person"])


def claim_waiting(cast, days=-3):
    add_rate(cast.project)
    young = cast.participants["young_person"]
    return make_claim(young, came_to(young, days=days))


def outcome(cast):
    return outcome_create(
        project=cast.project, by=cast.lead, title="Friends' pack in homes", kind="resource_adopted"
    )


def approved(cast, claim):
    return claim_approve(claim=claim, by=cast.lead, under_18_checked=True)


def inviting(cast):
    Project.objects.filter(pk=cast.project.pk).update(stage=Stage.INVITING)


YOUNG_PEOPLES_ROW = '<th scope="row">Young people</th><td>1</td><td>0</td><td>0</td>'
STAFFS_ROW = '<th scope="row">Frontline staff</th><td>0</td><td>0</td>'

WRITES = [
    Write(
        "a session is planned",
        "young_person",
        lambda cast, made: plan(cast, "Mapping workshop", 3),
        before="No sessions planned yet.",
        after="Mapping workshop",
    ),
    Write(
        "a session is renamed",
        "young_person",
        lambda cast, made: session_update(session=made, fields={"title": "Map of support"}),
        planned,
        before="Mapping workshop",
        after="Map of support",
    ),
    Write(
        "the next session is cancelled",
        "young_person",
        lambda cast, made: session_disrupt(
            session=made,
            by=cast.lead,
            action=Disruption.Action.CANCELLED,
            reason=Disruption.Reason.WEATHER,
        ),
        planned,
        before="Your next session",
        after="No sessions planned yet.",
    ),
    Write(
        "the person says they can come",
        "young_person",
        lambda cast, made: attendance_reply(
            session=made, participant=cast.participants["young_person"], reply="yes"
        ),
        planned,
        before="Say if you can come",
        after="You said yes.",
    ),
    Write(
        "the person changes their reply",
        "young_person",
        lambda cast, made: attendance_reply(
            session=made, participant=cast.participants["young_person"], reply="no"
        ),
        planned_and_answered,
        before="You said yes.",
        after="You said you can't come.",
    ),
    Write(
        "a lead types in the person's reply",
        "young_person",
        lambda cast, made: attendance_reply(
            session=made,
            participant=cast.participants["young_person"],
            reply="maybe",
            recorded_by=cast.lead,
        ),
        planned,
        before="Say if you can come",
        after="You said maybe.",
    ),
    Write(
        "a time poll is started",
        "young_person",
        lambda cast, made: pizza_poll(cast),
        before="No sessions planned yet.",
        after="When can you come to Pizza night?",
    ),
    Write(
        "the person answers a time poll",
        "young_person",
        lambda cast, made: availability_save(
            poll=made,
            participant=cast.participants["young_person"],
            answers={made.options.get(): "yes"},
        ),
        pizza_poll,
        before="When can you come to Pizza night?",
        gone="When can you come to Pizza night?",
    ),
    Write(
        "a time is picked from a poll",
        "young_person",
        lambda cast, made: poll_pick(poll=made, option=made.options.get(), by=cast.lead),
        pizza_poll,
        before="No sessions planned yet.",
        after="<strong>Pizza night</strong>",
    ),
    Write(
        "someone is checked in with their card",
        "manager",
        lambda cast, made: checkin_by_code(
            session=made, code=cast.participants["young_person"].card_code, by=cast.lead
        ),
        staff_came_today_and_young_person_said_yes,
        before="1 attendance recorded",
        after="2 attendances recorded",
    ),
    Write(
        "attendance is corrected afterwards",
        "manager",
        lambda cast, made: attendance_record(
            session=made,
            attended=[cast.participants["staff"]],
            among=[cast.participants["staff"], cast.participants["young_person"]],
            by=cast.lead,
        ),
        lambda cast: came_to(
            cast.participants["young_person"], came_to(cast.participants["staff"], days=-2)
        ),
        before="2 attendances recorded",
        after="1 attendance recorded",
    ),
    Write(
        "an idea is added",
        "staff",
        lambda cast, made: make_prototype(cast, title="Leaving care map"),
        before="No prototypes made yet. A",
        after="Leaving care map</a> (idea, 0 comments)",
    ),
    Write(
        "an idea is renamed",
        "staff",
        lambda cast, made: prototype_update(
            prototype=made, by=cast.lead, fields={"title": "Friends' guide"}
        ),
        idea,
        before="Friends&#x27; pack",
        after="Friends&#x27; guide",
    ),
    Write(
        "an idea gets a new version",
        "staff",
        lambda cast, made: prototype_version_add(prototype=made, by=cast.lead, what_changed="Maps"),
        idea,
        before="(idea, 0 comments)",
        after="(prototype, 0 comments)",
    ),
    Write(
        "an idea gets a picture",
        "staff",
        lambda cast, made: add_picture(cast, made),
        idea,
        before="(idea, 0 comments)",
        after="(prototype, 0 comments)",
    ),
    Write(
        "a test round opens",
        "staff",
        lambda cast, made: open_round(cast, made),
        idea,
        before="(idea, 0 comments)",
        after="(being tested, 0 comments)",
    ),
    Write(
        "a test round is answered",
        "staff",
        lambda cast, made: feedback_give(
            test_round=made, participant=cast.participants["young_person"], useful=4
        ),
        lambda cast: open_round(cast, idea(cast)),
        before=YOUNG_PEOPLES_ROW + "<td>0</td>",
        # One answer is too few to show by role: the cell says so as soon as it is given.
        after=YOUNG_PEOPLES_ROW + "<td>fewer than 3: not shown</td>",
    ),
    Write(
        "an evaluation sheet is written",
        "young_person",
        lambda cast, made: sheet(cast, made),
        idea,
        before=STAFFS_ROW + "<td>0</td>",
        after=STAFFS_ROW + "<td>1</td>",
    ),
    Write(
        "a decision is recorded on an idea",
        "staff",
        lambda cast, made: prototype_decide(
            prototype=made,
            by=cast.lead,
            result="adopt",
            reason="Everyone liked it",
            took_part=["everyone"],
            young_people_voted=True,
        ),
        idea,
        before="(idea, 0 comments)",
        after="(adopted, 0 comments)",
    ),
    Write(
        "a comment is posted",
        "staff",
        lambda cast, made: comment_post(
            prototype=made, author=cast.participants["young_person"], body="Add bus times"
        ),
        idea,
        before="(idea, 0 comments)",
        after="Young person on <a",
    ),
    Write(
        "a comment is changed",
        "staff",
        lambda cast, made: comment_edit(
            comment=made, body="Add bus and train times", hide_name=False
        ),
        idea_with_comment,
        before="“Add bus times”",
        after="“Add bus and train times”",
    ),
    Write(
        "a comment is deleted by its author",
        "staff",
        lambda cast, made: comment_delete(comment=made),
        idea_with_comment,
        before="(idea, 1 comment)",
        after="(idea, 0 comments)",
    ),
    Write(
        "a comment is hidden by a facilitator",
        "staff",
        lambda cast, made: hide(cast, made),
        idea_with_comment,
        before="“Add bus times”",
        gone="“Add bus times”",
    ),
    Write(
        "a hidden comment is shown again",
        "staff",
        lambda cast, made: comment_show_again(comment=made, by=cast.facilitator),
        hidden_comment,
        before="(idea, 0 comments)",
        after="“Add bus times”",
    ),
    Write(
        "the person claims for a session",
        "young_person",
        lambda cast, made: make_claim(cast.participants["young_person"], made),
        can_claim,
        before="You can claim for 1 session you came to.",
        after="1 of your claims is waiting to be paid.",
    ),
    Write(
        "a claim comes in for the leads",
        "lead",
        lambda cast, made: make_claim(cast.participants["young_person"], made),
        can_claim,
        after="1 claim to decide and 0 to pay",
    ),
    Write(
        "a claim is approved",
        "lead",
        lambda cast, made: approved(cast, made),
        claim_waiting,
        before="1 claim to decide and 0 to pay",
        after="0 claims to decide and 1 to pay",
    ),
    Write(
        "a claim is declined",
        "young_person",
        lambda cast, made: claim_decline(claim=made, by=cast.lead, reason="Not at this one"),
        claim_waiting,
        before="1 of your claims is waiting to be paid.",
        gone="of your claims",
    ),
    Write(
        "a claim is paid",
        "lead",
        lambda cast, made: claim_pay(
            claim=made, by=cast.lead, paid_on=timezone.localdate(), route=Route.BANK
        ),
        lambda cast: approved(cast, claim_waiting(cast)),
        before="0 claims to decide and 1 to pay",
        gone="to decide and",
    ),
    Write(
        "the payment target changes",
        "lead",
        lambda cast, made: payment_terms_save(
            project=cast.project,
            by=cast.lead,
            paid_within_days=60,
            preparation_minutes=0,
            notice_pence=None,
        ),
        lambda cast: claim_waiting(cast, days=-30),
        before="1 past the target of 14 days",
        gone="past the target",
    ),
    Write(
        "an outcome is put forward for review",
        "manager",
        lambda cast, made: outcome(cast),
        after="1 outcome waits for a review by staff or a manager.",
    ),
    Write(
        "an outcome is reviewed",
        "manager",
        lambda cast, made: outcome_review(outcome=made, by=cast.manager, verdict="agree"),
        outcome,
        before="1 outcome waits for a review",
        gone="waits for a review",
    ),
    Write(
        "a young person says what helps them take part",
        "lead",
        lambda cast, made: support_needs_save(
            participant=cast.participants["young_person"], childcare=True
        ),
        inviting,
        before='id="task-ask_support_needs-status">Not started',
        after='id="task-ask_support_needs-status">Completed',
    ),
    Write(
        "someone who commented deletes their account",
        "staff",
        lambda cast, made: user_delete(user=cast.young_person),
        idea_with_comment,
        before="Young person on <a",
        after="A former participant on <a",
    ),
]


@pytest.mark.parametrize("change", WRITES, ids=lambda change: change.name)
def test_each_kind_of_write_shows_on_the_very_next_request(cast, client_as, change):
    made = change.arrange(cast) if change.arrange else None
    # Whatever the arranging wrote straight to the database counts as done before the page is
    # first seen: the test is about the write below.
    project_changed_by_id(cast.project.pk)
    cast.project.refresh_from_db()
    client = client_as(change.viewer)
    assert change.before in overview(client, cast.project)
    change.write(cast, made)
    body = overview(client, cast.project)
    assert change.after in body
    assert not change.gone or change.gone not in body
