from datetime import timedelta

from django.utils import timezone

from projects.models import Stage
from projects.registries.stage_tasks import TaskStatus, stage_checklist
from sessions.models import TimeOption, TimePoll
from tests.factories import ParticipantFactory
from tests.helpers import assert_query_budget
from tests.projects.test_project_detail import BUDGET, WARM_BUDGET
from tests.sessions.conftest import make_session, reply


def url(project):
    return f"/projects/{project.slug}/"


def now_section(body):
    return body.split('aria-labelledby="next-session-heading"')[1].split("</section>")[0]


def test_with_no_session_the_overview_says_so(cast, client_as):
    body = now_section(client_as("young_person").get(url(cast.project)).content.decode())
    assert "No sessions planned yet." in body and "Plan a session" not in body
    lead = now_section(client_as("lead").get(url(cast.project)).content.decode())
    assert "Plan a session" in lead


def test_each_member_sees_their_own_next_session_and_reply(cast, client_as):
    make_session(cast.project, title="Cancelled one", days=1, status="cancelled")
    session = make_session(
        cast.project, title="Evening workshop", days=3, question_1="Do you need a lift from Oban?"
    )
    reply(session, cast.participants["young_person"], "yes", answer_1="Yes, at 17:15")
    mine = now_section(client_as("young_person").get(url(cast.project)).content.decode())
    assert "Your next session" in mine and "Evening workshop" in mine
    assert "Cancelled one" not in mine
    assert "You said yes. Do you need a lift from Oban? Yes, at 17:15." in mine
    theirs = now_section(client_as("staff").get(url(cast.project)).content.decode())
    assert "You said yes" not in theirs and "Say if you can come" in theirs


def test_it_lists_what_the_member_still_has_to_answer(cast, client_as):
    make_session(cast.project, title="First", days=2)
    make_session(cast.project, title="Second", days=9)
    poll = TimePoll.objects.create(project=cast.project, title="Mapping day")
    start = timezone.now() + timedelta(days=20)
    TimeOption.objects.create(poll=poll, starts_at=start, ends_at=start + timedelta(hours=2))
    body = now_section(client_as("manager").get(url(cast.project)).content.decode())
    assert "Still to answer" in body and "Second" in body
    assert "When can you come to Mapping day?" in body


def test_participation_by_role_is_shown_as_bars_and_a_table(cast, client_as):
    past = make_session(cast.project, days=-10)
    for role in ("young_person", "staff"):
        reply(past, cast.participants[role], "yes", attended=True)
    extra = ParticipantFactory(project=cast.project, role="young_person")
    reply(past, extra, "yes", attended=True)
    reply(past, cast.participants["manager"], "yes", attended=False)
    body = client_as("manager").get(url(cast.project)).content.decode()
    section = body.split('aria-labelledby="participation-heading"')[1].split("</section>")[0]
    month = timezone.localtime(past.starts_at).strftime("%B %Y")
    assert "3 attendances recorded" in section
    assert f'<th scope="row">{month}</th><td>2</td><td>1</td><td>3</td>' in section
    assert 'class="bar-fill bar-w-100"' in section and 'aria-hidden="true"' in section


def test_the_overview_stays_within_budget_with_sessions(cast, client_as):
    client = client_as("young_person")

    def grow(n):
        while cast.project.sessions.count() < n:
            count = cast.project.sessions.count()
            made = make_session(cast.project, days=(count % 10) + 1)
            reply(made, cast.participants["young_person"], "yes", attended=True)

    # The overview's own budget (tests/projects/test_project_detail.py), whatever the sessions.
    counts = assert_query_budget(
        fetch=lambda: client.get(url(cast.project)), grow=grow, budget=BUDGET
    )
    assert all(warm <= WARM_BUDGET for _, warm in counts.values()), counts


def test_the_stage_tasks_follow_held_sessions(cast):
    project = cast.project
    tasks = {t.task.key: t for t in stage_checklist(project, Stage.DESIGNING).items}
    assert tasks["hold_a_session"].status == TaskStatus.NOT_STARTED
    assert tasks["hold_a_session"].required
    make_session(project, days=3, hour=11)
    tasks = {t.task.key: t.status for t in stage_checklist(project, Stage.DESIGNING).items}
    assert tasks["hold_a_session"] == TaskStatus.IN_PROGRESS
    assert tasks["hold_a_session_outside_working_hours"] == TaskStatus.NOT_STARTED
    make_session(project, days=-3, hour=11, status="cancelled")
    make_session(project, days=-5, hour=11)
    tasks = {t.task.key: t.status for t in stage_checklist(project, Stage.DESIGNING).items}
    assert tasks["hold_a_session"] == TaskStatus.COMPLETED
    assert tasks["hold_a_session_outside_working_hours"] == TaskStatus.NOT_STARTED
    make_session(project, days=-6, hour=18)
    tasks = {t.task.key: t.status for t in stage_checklist(project, Stage.DESIGNING).items}
    assert tasks["hold_a_session_outside_working_hours"] == TaskStatus.COMPLETED
