"""seed_scale fills an empty database quickly, in the sizes asked for, and only once; its
sessions, ideas, outcomes and claims are varied like a real project's and can be topped up."""

from io import StringIO

import pytest
from django.core.management import CommandError, call_command

import sessions.models as workshops
from participants.models import Invitation, Participant, User
from projects.models import LadderRater, Outcome, OutcomeReview, Project
from projects.roles import MemberStatus, Role
from sessions.management.commands.seed_scale import BIG_SLUG, CAST, top_up_activity
from sessions.models import (
    Attendance,
    Claim,
    Comment,
    Disruption,
    EvaluationSheet,
    Expense,
    Feedback,
    Kind,
    Prototype,
    PrototypeVersion,
    Session,
)

SMALL = {
    "projects": 4,
    "people": 60,
    "big_people": 30,
    "decisions": 12,
    "spending": 20,
    "stage_moves": 7,
    "updates": 5,
    "files": 4,
    "words": 3,
    "invitations": 6,
    "sessions": 20,
    "replies": 200,
    "ideas": 12,
    "versions": 10,
    "comments": 40,
    "test_rounds": 4,
    "feedback": 20,
    "sheets": 4,
    "outcomes": 6,
    "reviews": 8,
    "reflections": 8,
    "ratings": 10,
    "claims": 20,
    "messages": 8,
}


def seed(**sizes):
    out = StringIO()
    call_command("seed_scale", **(SMALL | sizes), stdout=out)
    return out.getvalue()


def test_it_makes_the_sizes_asked_for(db):
    assert "Loaded 4 projects and 60 people" in seed()
    big = Project.objects.get(slug=BIG_SLUG)
    assert Project.objects.count() == 4
    assert User.objects.filter(email__endswith="@scale.codesign.test").count() == 60
    assert big.participants.count() == 30
    spending = big.spending.filter(claim__isnull=True).count()
    assert (big.decisions.count(), spending, big.stage_changes.count()) == (12, 20, 7)
    assert (big.updates.count(), big.resources.count(), big.glossary_terms.count()) == (5, 4, 3)
    assert Invitation.objects.filter(project=big).count() == 6
    assert big.stage_changes.order_by("-at").first().to_stage == big.stage
    assert activity_counts(big) == {size: SMALL[size] for size in ACTIVITY}


ACTIVITY = [
    "sessions",
    "replies",
    "ideas",
    "versions",
    "comments",
    "test_rounds",
    "feedback",
    "sheets",
    "outcomes",
    "reviews",
    "reflections",
    "ratings",
    "claims",
]


def activity_counts(project):
    in_project = {"prototype__project": project}
    return {
        "sessions": project.sessions.count(),
        "replies": Attendance.objects.filter(session__project=project).count(),
        "ideas": project.prototypes.count(),
        "versions": PrototypeVersion.objects.filter(**in_project).count(),
        "comments": Comment.objects.filter(**in_project).count(),
        "test_rounds": workshops.TestRound.objects.filter(**in_project).count(),
        "feedback": Feedback.objects.filter(round__prototype__project=project).count(),
        "sheets": EvaluationSheet.objects.filter(**in_project).count(),
        "outcomes": project.outcomes.count(),
        "reviews": OutcomeReview.objects.filter(outcome__project=project).count(),
        "reflections": project.reflections.count(),
        "ratings": project.ladder_ratings.count(),
        "claims": project.claims.count(),
    }


def test_the_big_project_has_one_account_in_each_role_and_no_usable_passwords(db):
    seed()
    big = Project.objects.get(slug=BIG_SLUG)
    for role, email in CAST:
        member = Participant.objects.get(project=big, user__email=email)
        assert (member.role, member.status) == (role, MemberStatus.ACTIVE)
    assert not any(user.has_usable_password() for user in User.objects.all())
    young = User.objects.get(email=dict(CAST)[Role.YOUNG_PERSON])
    assert young.participations.count() == 3  # the big project and two smaller ones


def test_it_refuses_to_run_twice(db):
    seed()
    with pytest.raises(CommandError, match="already loaded"):
        seed()
    assert Project.objects.count() == 4


@pytest.mark.parametrize(
    ("sizes", "message"),
    [
        ({"decisions": -1}, "cannot be negative"),
        ({"claims": -1}, "cannot be negative"),
        ({"projects": 0}, "at least one project"),
        ({"big_people": 3}, "at least 6 people"),
        ({"people": 20}, "cannot be less than --big-people"),
        ({"sessions": 0}, "--replies needs at least one of --sessions"),
        ({"ideas": 0}, "--versions needs at least one of --ideas"),
        ({"ideas": 0, "versions": 0}, "--comments needs at least one of --ideas"),
        ({"test_rounds": 0}, "--feedback needs at least one of --test-rounds"),
        ({"outcomes": 0}, "--reviews needs at least one of --outcomes"),
        ({"replies": 0}, "--claims needs at least one of --replies"),
        ({"replies": 20 * 30 + 1}, "--replies can be at most --sessions times --big-people"),
        ({"feedback": 4 * 30 + 1}, "--feedback can be at most --test-rounds times"),
        ({"ratings": 31}, "--ratings cannot be more than --big-people"),
        ({"claims": 400}, r"--claims 400 \(only \d+\)"),
        ({"reviews": 500}, r"--reviews 500 \(only \d+\)"),
    ],
)
def test_impossible_sizes_are_refused_with_a_reason(db, sizes, message):
    with pytest.raises(CommandError, match=message):
        seed(**sizes)
    assert not Project.objects.exists()


def test_sessions_are_past_and_upcoming_and_some_did_not_go_ahead(db):
    seed()
    sessions = Project.objects.get(slug=BIG_SLUG).sessions
    assert sessions.past().exists() and sessions.upcoming().exists()
    assert sessions.filter(kind=Kind.WORKING_GROUP).exists()
    for disrupted in sessions.exclude(status=Session.Status.PLANNED):
        assert disrupted.disruptions.get().action == disrupted.status
    assert sessions.filter(status=Session.Status.CANCELLED).exists()
    assert Disruption.objects.count() == sessions.exclude(status=Session.Status.PLANNED).count()


def test_replies_come_from_every_role_and_only_past_sessions_that_went_ahead_have_attendance(db):
    seed()
    replies = Attendance.objects.filter(session__project__slug=BIG_SLUG)
    assert set(replies.values_list("participant__role", flat=True)) == set(Role.values)
    assert set(replies.values_list("reply", flat=True)) >= {"yes", "no", "maybe"}
    came = replies.filter(attended=True)
    assert came.exists() and not came.exclude(session__in=Session.objects.past()).exists()
    assert not came.filter(session__status=Session.Status.CANCELLED).exists()
    for session in Session.objects.filter(capacity__isnull=False):
        assert session.attendances.filter(reply="yes").count() <= session.capacity
    per_session = sorted(
        Session.objects.values_list("pk", flat=True),
        key=lambda pk: -replies.filter(session=pk).count(),
    )
    assert (
        replies.filter(session=per_session[0]).count()
        > 2 * replies.filter(session=per_session[5]).count()
    )


def test_ideas_have_versions_comments_and_answers_from_the_people_in_the_project(db):
    seed()
    big = Project.objects.get(slug=BIG_SLUG)
    assert set(big.prototypes.values_list("status", flat=True)) == set(Prototype.Status.values)
    versioned = big.prototypes.filter(versions__isnull=False).distinct()
    assert not versioned.filter(status=Prototype.Status.IDEA).exists()
    comments = Comment.objects.filter(prototype__project=big)
    answers = comments.filter(parent__isnull=False)
    assert answers.exists()
    assert all(a.parent.prototype_id == a.prototype_id for a in answers)
    assert comments.filter(hidden_at__isnull=False).exists()
    assert comments.filter(hide_name=True).exists()
    for feedback in Feedback.objects.select_related("participant"):
        assert feedback.role == feedback.participant.role
        assert feedback.round.opens_at <= feedback.at <= feedback.round.closes_at


def test_outcomes_are_reviewed_as_the_service_would_leave_them(db):
    seed()
    outcomes = Project.objects.get(slug=BIG_SLUG).outcomes
    assert set(outcomes.values_list("status", flat=True)) == set(Outcome.Status.values)
    agreements = OutcomeReview.objects.filter(verdict=OutcomeReview.Verdict.AGREE)
    # The first agreement moves a proposed outcome on, so none stays proposed with one.
    assert not agreements.filter(outcome__status=Outcome.Status.PROPOSED).exists()
    reviewers = set(OutcomeReview.objects.values_list("reviewer", flat=True))
    roles = Participant.objects.filter(project__slug=BIG_SLUG, user__in=reviewers)
    assert set(roles.values_list("role", flat=True)) <= {Role.STAFF, Role.MANAGER}
    assert LadderRater.objects.count() == SMALL["ratings"]


def test_claims_go_from_waiting_to_paid_and_payments_are_spending(db):
    seed()
    big = Project.objects.get(slug=BIG_SLUG)
    claims = big.claims.all()
    assert set(claims.values_list("status", flat=True)) >= {"waiting", "approved", "paid"}
    for claim in claims:
        assert claim.session.attendances.get(participant=claim.participant).attended
        assert claim.participant.role == Role.YOUNG_PERSON
        assert claim.expenses_pence == sum(e.amount_pence for e in claim.expenses.all())
    for claim in claims.filter(status=Claim.Status.PAID):
        assert claim.paid_on and claim.spend.amount_pence == claim.total_pence
    assert not claims.exclude(status=Claim.Status.PAID).filter(spend__isnull=False).exists()
    assert Expense.objects.filter(claim__project=big).exists()
    young = Participant.objects.get(project=big, user__email=dict(CAST)[Role.YOUNG_PERSON])
    assert young.claims.exists() and young.attendances.filter(attended=True).exists()


def test_topping_up_again_adds_nothing_and_bigger_sizes_add_the_difference(db):
    seed()
    big = Project.objects.get(slug=BIG_SLUG)
    top_up_activity(big, SMALL)
    assert activity_counts(big) == {size: SMALL[size] for size in ACTIVITY}
    bigger = {size: SMALL[size] + 3 for size in ACTIVITY}
    top_up_activity(big, SMALL | bigger)
    assert activity_counts(big) == bigger
