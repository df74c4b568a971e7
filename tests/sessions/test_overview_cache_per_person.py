"""What one person sees of their own on the overview (their reply, the polls they have not
answered, their claims) and what their role lets them see (names others hid, the claims
queue, outcomes to review, planning) is never served to someone else from the cache."""

import itertools

import pytest
from django.core.cache import cache

from projects.freshness import project_changed_by_id
from sessions.meetings.services.polls import availability_save, poll_create
from sessions.meetings.services.replies import attendance_reply
from sessions.prototypes.services.comments import comment_post
from tests.sessions.payments import add_rate, came_to, make_claim
from tests.sessions.prototype_helpers import make_prototype
from tests.sessions.test_overview_freshness import outcome, plan, soon

ROLES = ["lead", "facilitator", "young_person", "staff", "manager", "local_lead"]


@pytest.fixture
def busy(cast):
    """A project where people differ: the young person said yes to the next session and
    answered the time poll, has a claim waiting and can claim for another session, and wrote
    a comment with their name hidden; an outcome waits for review."""
    young = cast.participants["young_person"]
    session = plan(cast, "Mapping workshop", 3)
    plan(cast, "Pizza night", 10)
    attendance_reply(session=session, participant=young, reply="yes")
    poll = poll_create(
        project=cast.project,
        by=cast.lead,
        fields={"title": "Walk to the beach"},
        options=[(soon(20), soon(20, 20))],
    )
    availability_save(poll=poll, participant=young, answers={poll.options.get(): "yes"})
    add_rate(cast.project)
    make_claim(young)
    came_to(young, days=-8)
    comment_post(
        prototype=make_prototype(cast, by="staff"),
        author=young,
        body="My own idea about bus passes",
        hide_name=True,
    )
    outcome(cast)
    project_changed_by_id(cast.project.pk)
    return cast


def main(client, project):
    body = client.get(project.get_absolute_url()).content.decode()
    return body[body.index('<main id="main"') : body.index("</main>")]


def alone(client_as, project, who):
    """The page as `who` sees it with nothing cached from anyone else."""
    cache.clear()
    return main(client_as(who), project)


@pytest.mark.parametrize(
    ("first", "then"),
    list(itertools.permutations(["lead", "young_person", "staff", "facilitator"], 2)),
)
def test_a_page_seen_after_someone_else_is_the_page_seen_alone(busy, client_as, first, then):
    expected = alone(client_as, busy.project, then)
    cache.clear()
    main(client_as(first), busy.project)  # caches what `first` sees
    assert main(client_as(then), busy.project) == expected


def test_each_person_sees_their_own_reply_polls_and_claims_only(busy, client_as):
    for who in ROLES:  # one after another, each reading what the others left in the cache
        body = " ".join(main(client_as(who), busy.project).split())
        mine = who == "young_person"
        assert ("You said yes." in body) is mine, who
        assert ("When can you come to Walk to the beach?" in body) is not mine, who
        assert ("1 of your claims is waiting to be paid." in body) is mine, who
        assert ("You can claim for 1 session you came to." in body) is mine, who
        assert ("1 claim to decide and 0 to pay" in body) is (who == "lead"), who


def test_a_hidden_name_shows_only_to_its_author_and_the_people_keeping_everyone_safe(
    busy, client_as
):
    sees = {"lead", "facilitator", "young_person"}
    for who in ["facilitator", *ROLES]:
        body = " ".join(main(client_as(who), busy.project).split())
        named = "Young person on <a" in body
        assert named is (who in sees), who
        assert ("A member of the project on <a" in body) is not named, who


def test_what_a_role_may_do_is_decided_for_each_viewer(busy, client_as):
    for who in ["manager", *ROLES]:
        body = main(client_as(who), busy.project)
        assert ("Plan a session" in body) is (who in {"lead", "facilitator"}), who
        reviews = who in {"lead", "staff", "manager"}
        assert ("waits for a review" in body) is reviews, who
