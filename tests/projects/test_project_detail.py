import pytest
from django.utils import timezone

from participants.seed.scale import bulk_members, bulk_users
from projects.freshness import project_changed_by_id
from projects.models import Project, Stage, StageChange
from projects.roles import MemberStatus, Role
from projects.seed.scale import (
    top_up_decisions,
    top_up_glossary_terms,
    top_up_outcomes,
    top_up_spending,
    top_up_stage_moves,
)
from projects.selectors.glossary import seed_site_glossary
from sessions import scale as activity
from tests.conftest import MEMBER_ROLES
from tests.factories import ParticipantFactory, PartnerFactory
from tests.helpers import assert_query_budget, cold_and_warm
from tests.projects.stage_data import add_decision, add_partner, finish_setup


def url(project):
    return f"/projects/{project.slug}/"


@pytest.mark.parametrize("who", MEMBER_ROLES)
def test_every_member_sees_the_overview(cast, client_as, who):
    response = client_as(who).get(url(cast.project))
    assert response.status_code == 200
    assert cast.project.title in response.content.decode()


def test_outsiders_get_404(cast, client_as):
    response = client_as("outsider").get(url(cast.project))
    assert response.status_code == 404
    assert cast.project.title not in response.content.decode()


def test_unknown_project_is_404(cast, client_as):
    assert client_as("lead").get("/projects/nope/").status_code == 404


# Where the project is, who is involved, what is next, and for leads what needs attention.


def test_it_shows_the_tracker_with_the_current_stage_marked(cast, client_as):
    Project.objects.filter(pk=cast.project.pk).update(stage=Stage.DESIGNING)
    body = client_as("young_person").get(url(cast.project)).content.decode()
    tracker = body[body.index('class="stage-tracker"') : body.index("</ol>")]
    assert tracker.count("<li") == 7
    assert tracker.count('aria-current="step"') == 1
    current = tracker[tracker.index('aria-current="step"') :]
    assert "Co-design sessions" in current.split("</li>")[0]
    assert "Now" in current.split("</li>")[0]
    assert tracker.count(">Done<") == 2 and tracker.count(">To come<") == 4


def test_it_shows_the_current_stage_tasks_and_how_many_are_done(cast, client_as):
    finish_setup(cast.project)
    Project.objects.filter(pk=cast.project.pk).update(payment_policy="")
    body = client_as("staff").get(url(cast.project)).content.decode()
    assert "3 of 5 done." in body
    assert "Set the payment policy" in body and "Not started" in body


def test_it_lists_partners_by_name_and_role_and_counts_people_by_role(cast, client_as):
    add_partner(cast.project, "IRISS", ["lead", "funder"])
    add_partner(cast.project, "Argyll and Bute Council", ["venue"])
    ParticipantFactory(project=cast.project, role=Role.YOUNG_PERSON)
    ParticipantFactory(project=cast.project, role=Role.YOUNG_PERSON, status=MemberStatus.LEFT)
    body = client_as("young_person").get(url(cast.project)).content.decode()
    assert "Argyll and Bute Council" in body and "Provides venues" in body
    assert "Leads the project, Funder" in body
    assert "2 young people" in body
    assert "1 member of frontline staff" in body and "1 manager" in body


def test_it_shows_funding_at_a_glance_with_a_link_to_partners_and_funding(cast, client_as):
    body = client_as("manager").get(url(cast.project)).content.decode()
    assert "No funding recorded yet." in body
    finish_setup(cast.project)
    body = client_as("manager").get(url(cast.project)).content.decode()
    assert "£5,000.00 committed, £0.00 spent," in body
    assert "£5,000.00 left" in body
    assert f'href="/projects/{cast.project.slug}/partners/"' in body


def test_what_is_next_says_honestly_that_nothing_is_planned_yet(cast, client_as):
    body = client_as("young_person").get(url(cast.project)).content.decode()
    assert "No sessions planned yet." in body
    assert "No prototypes made yet." in body
    assert "No outcomes recorded yet." in body


@pytest.mark.parametrize("who", ["lead", "young_person"])
def test_what_is_next_no_longer_says_nothing_is_made_once_there_is(cast, client_as, who):
    activity.top_up_prototypes(cast.project, 1)
    project_changed_by_id(cast.project.pk)
    body = client_as(who).get(url(cast.project)).content.decode()
    assert "No prototypes made yet." not in body
    assert "No outcomes recorded yet." in body
    top_up_outcomes(cast.project, 1, by=cast.lead)
    project_changed_by_id(cast.project.pk)
    body = client_as(who).get(url(cast.project)).content.decode()
    assert "No outcomes recorded yet." not in body and 'id="next-heading"' not in body


def test_it_shows_the_stage_history_to_every_member(cast, client_as):
    StageChange.objects.create(
        project=cast.project,
        from_stage="designing",
        to_stage="prototyping",
        by=cast.lead,
        at=timezone.now(),
        reason="The weather cancelled two sessions; we agreed to go on.",
        forced=True,
    )
    body = client_as("young_person").get(url(cast.project)).content.decode()
    assert "moved the project on from “Co-design sessions” to “Making prototypes”" in body
    assert "Moved on early:" in body
    assert "The weather cancelled two sessions; we agreed to go on." in body


def test_leads_see_what_needs_their_attention(cast, client_as):
    ParticipantFactory(project=cast.project, status=MemberStatus.PENDING)
    ParticipantFactory(project=cast.project, status=MemberStatus.PENDING)
    body = client_as("lead").get(url(cast.project)).content.decode()
    assert "Needs your attention" in body
    assert "these tasks still need doing: Write a summary and aim, Add partners" in body
    assert "2 people are waiting for a lead to say yes" in body
    assert f'href="/projects/{cast.project.slug}/stage/"' in body


def test_leads_are_told_when_the_stage_is_ready_to_move_on(cast, client_as):
    finish_setup(cast.project)
    body = client_as("lead").get(url(cast.project)).content.decode()
    assert "Everything needed for “Setting up” is done." in body
    assert "Move on to “Inviting people”" in body


@pytest.mark.parametrize("who", [r for r in MEMBER_ROLES if r != "lead"])
def test_only_leads_see_what_needs_attention(cast, client_as, who):
    ParticipantFactory(project=cast.project, status=MemberStatus.PENDING)
    body = client_as(who).get(url(cast.project)).content.decode()
    assert "Needs your attention" not in body
    assert "waiting for a lead to say yes" not in body
    assert f"/projects/{cast.project.slug}/stage/" not in body


def test_it_shows_how_much_say_young_people_had_in_decisions(cast, client_as):
    add_decision(cast.project, "Evening sessions")
    add_decision(
        cast.project,
        "Rates of pay",
        proposed_by="partners",
        decided_by="lead",
        young_people_voted=False,
    )
    body = client_as("staff").get(url(cast.project)).content.decode()
    assert "2 decisions recorded. Young people had a say in 1 of them." in body


def test_hard_words_are_explained_in_place(cast, client_as):
    seed_site_glossary()
    body = client_as("young_person").get(url(cast.project)).content.decode()
    assert 'class="glossary-word" popovertarget=' in body
    assert "An early, rough version of an idea" in body


# Warm, every figure and section is cached (tests/sessions/test_overview_freshness.py shows
# they never go stale): the page asks only for the session and the user, the project and the
# viewer's place in it, the header's project list and the site-wide glossary. Cold, the
# projects app's figures and fragments add 9 and the sections 14 for a lead (12 for a young
# person: their reply, what they have not answered, their claims, the open test rounds and
# which they answered, but no claims queue; a lead also counts letters to post). Keeping people
# safe adds 3 cold: who the safeguarding leads are, whether the viewer raised a concern and,
# for a lead, the vetting checks running out. Places on the working group add 2 cold: the
# rounds open to apply to and, for a lead, the terms ending.
# 35: the overview asks, once a data version, who reads the project's concerns: its own
# safeguarding leads, and those of the organisations leading it.
COLD_BUDGET, WARM_BUDGET = 35, 6
BUDGET = COLD_BUDGET


def busy(cast, n):
    """n sessions (a third still to come) with replies and who came, n ideas with comments,
    test rounds and their answers, evaluation sheets, claims and outcomes waiting for review:
    every section of the overview has something to show."""
    project = cast.project
    have = project.participants.count()
    if have < n + len(cast.participants):
        bulk_members(project, bulk_users([f"busy{i}@example.org" for i in range(have, n + 6)]))
    lead, facilitator = cast.lead, cast.participants["facilitator"]
    regulars = [participant.pk for participant in cast.participants.values()]
    activity.top_up_sessions(project, n, by=lead)
    activity.top_up_replies(project, 4 * n, regulars=regulars)
    activity.top_up_prototypes(project, n)
    activity.top_up_comments(project, 3 * n, moderator=facilitator.pk)
    activity.top_up_test_rounds(project, n // 3 + 1, by=lead)
    activity.top_up_feedback(project, n)
    activity.top_up_evaluation_sheets(project, n // 3 + 1)
    activity.top_up_claims(project, n // 2 + 1, by=lead)
    top_up_outcomes(project, n // 3 + 1, by=lead)
    project_changed_by_id(project.pk)


SHOWN_TO = {
    "lead": [
        "Your next session",
        "Latest comments",
        "Who came to sessions",
        "Who has shared",
        "to decide and",
        "for a review by staff or a manager",
    ],
    "young_person": [
        "Your next session",
        "Latest comments",
        "Who came to sessions",
        "Who has shared",
        "Your payments",
    ],
}


@pytest.mark.parametrize("who", ["lead", "young_person"])
def test_query_budget_holds_with_sessions_ideas_and_claims_at_3_and_50(cast, client_as, who):
    client = client_as(who)
    counts = assert_query_budget(
        fetch=lambda: client.get(url(cast.project)), grow=lambda n: busy(cast, n), budget=BUDGET
    )
    assert all(warm <= WARM_BUDGET for _, warm in counts.values()), counts
    body = client.get(url(cast.project)).content.decode()
    assert [words for words in SHOWN_TO[who] if words not in body] == []


def test_query_budget_holds_at_3_and_50_partners(cast, client_as):
    client = client_as("lead")

    def grow(n):
        while cast.project.partners.count() < n:
            add_partner(cast.project, f"Partner {cast.project.partners.count()}", ["funder"])

    assert_query_budget(fetch=lambda: client.get(url(cast.project)), grow=grow, budget=BUDGET)


def test_query_budget_holds_at_3_and_50_participants(cast, client_as):
    client = client_as("lead")
    roles = [Role.YOUNG_PERSON, Role.STAFF, Role.MANAGER]

    def grow(n):
        while cast.project.participants.count() < n:
            count = cast.project.participants.count()
            ParticipantFactory(project=cast.project, role=roles[count % 3])

    assert_query_budget(fetch=lambda: client.get(url(cast.project)), grow=grow, budget=BUDGET)


@pytest.mark.parametrize("who", ["lead", "young_person"])
def test_no_template_code_leaks_onto_the_page(cast, client_as, who):
    body = client_as(who).get(url(cast.project)).content.decode()
    assert "{#" not in body and "{%" not in body and "{{" not in body


@pytest.mark.parametrize("who", ["lead", "young_person"])
def test_the_overview_of_a_council_sized_project_costs_what_a_small_one_costs(cast, client_as, who):
    """2,000 people, 500 decisions, 1,000 spending records, 200 stage moves and 200 project
    words: the same queries as a handful, with an empty cache and with a warm one."""
    client = client_as(who)
    partner = PartnerFactory(project=cast.project)

    def grow(n):
        top_up_decisions(cast.project, n // 4)
        top_up_spending(cast.project, n // 2, partners=[partner])
        top_up_stage_moves(cast.project, n // 10)
        top_up_glossary_terms(cast.project, n // 10)
        have = cast.project.participants.count()
        if n > have:
            users = bulk_users([f"many{i}@example.org" for i in range(have, n)])
            bulk_members(cast.project, users)
        project_changed_by_id(cast.project.pk)

    counts = {}
    for size in (12, 2000):
        grow(size)
        counts[size], response = cold_and_warm(lambda: client.get(url(cast.project)))
    assert counts[12] == counts[2000], counts
    body = " ".join(response.content.decode().split())
    assert "500 decisions recorded." in body
    assert body.count('<li class="stage-timeline-item">') == 5
