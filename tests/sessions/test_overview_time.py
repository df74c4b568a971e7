"""Cached parts of the overview that time alone changes are worked out again when that moment
comes: the next session ends, a session someone came to ends (they can claim for it), a claim
becomes late at midnight, a new month starts, a session is held, an invitation runs out."""

from datetime import timedelta

import pytest
from dateutil.relativedelta import relativedelta
from django.utils import timezone

from participants.models import Invitation
from projects.freshness import cached_until, project_changed_by_id
from projects.models import Project, Stage
from projects.registries.stage_tasks import registry
from projects.roles import MemberStatus
from sessions.models import Attendance, Session
from tests.factories import InvitationFactory
from tests.sessions.conftest import make_session
from tests.sessions.payments import add_rate, came_to, make_claim
from tests.sessions.prototype_helpers import make_prototype, open_round

REAL_NOW = timezone.now


@pytest.fixture
def clock(monkeypatch):
    """Move the app's clock on; the database's own clock stays where it is."""

    def move_to(moment):
        monkeypatch.setattr("django.utils.timezone.now", lambda: moment)

    return move_to


def overview(client, project):
    return " ".join(client.get(project.get_absolute_url()).content.decode().split())


def fresh(cast):
    project_changed_by_id(cast.project.pk)
    cast.project.refresh_from_db()


def test_a_cached_value_is_kept_until_its_moment_and_then_worked_out_again(cast):
    built = []
    start = REAL_NOW()

    def build(now):
        built.append(now)
        return len(built), start + timedelta(hours=1)

    assert cached_until(cast.project, "figure", build, now=start) == 1
    assert cached_until(cast.project, "figure", build, now=start + timedelta(minutes=59)) == 1
    assert cached_until(cast.project, "figure", build, now=start + timedelta(hours=1)) == 2
    assert len(built) == 2


def test_the_next_session_moves_on_when_it_ends(cast, client_as, clock):
    first = make_session(cast.project, title="Mapping workshop", days=1)
    make_session(cast.project, title="Pizza night", days=5)
    fresh(cast)
    client = client_as("young_person")
    assert "<strong>Mapping workshop</strong>" in overview(client, cast.project)
    clock(first.ends_at + timedelta(minutes=1))
    body = overview(client, cast.project)
    assert "<strong>Pizza night</strong>" in body and "Mapping workshop" not in body


def test_a_session_someone_came_to_can_be_claimed_for_once_it_ends(cast, client_as, clock):
    add_rate(cast.project)
    young = cast.participants["young_person"]
    checked_in = came_to(young, days=1)  # checked in early, at a session still going on
    fresh(cast)
    client = client_as("young_person")
    assert "You can claim for" not in overview(client, cast.project)
    clock(checked_in.ends_at + timedelta(minutes=1))
    assert "You can claim for 1 session you came to." in overview(client, cast.project)


def test_a_claim_becomes_late_at_midnight(cast, client_as, clock):
    add_rate(cast.project)
    young = cast.participants["young_person"]
    make_claim(young, came_to(young, days=-14))
    fresh(cast)
    client = client_as("lead")
    body = overview(client, cast.project)
    assert "1 claim to decide and 0 to pay" in body and "past the target" not in body
    tomorrow = timezone.localdate() + timedelta(days=1)
    clock(timezone.make_aware(timezone.datetime(tomorrow.year, tomorrow.month, tomorrow.day, 0, 1)))
    assert "1 past the target of 14 days" in overview(client, cast.project)


def test_who_came_to_sessions_moves_on_with_the_month(cast, client_as, clock):
    past = make_session(cast.project, days=-3)
    Attendance.objects.create(session=past, participant=cast.participants["staff"], attended=True)
    fresh(cast)
    client = client_as("manager")
    next_month = timezone.localtime() + relativedelta(months=1, day=1, hour=9)
    label = f'<th scope="row">{next_month:%B %Y}</th>'
    assert label not in overview(client, cast.project)
    clock(next_month)
    client = client_as("manager")  # signed in again: a month is longer than a sign-in lasts
    assert label in overview(client, cast.project)


def test_a_session_counts_as_held_once_it_ends(cast, client_as, clock):
    Project.objects.filter(pk=cast.project.pk).update(stage=Stage.DESIGNING)
    session = make_session(cast.project, days=1, hour=11)
    fresh(cast)
    client = client_as("lead")
    held = 'id="task-hold_a_session-status">'
    assert held + "In progress" in overview(client, cast.project)
    # The session happens: by the database's clock it has now ended, and the app's clock
    # passes the moment the cached task list was good until.
    moment = session.ends_at
    Session.objects.filter(pk=session.pk).update(
        starts_at=REAL_NOW() - timedelta(hours=3), ends_at=REAL_NOW() - timedelta(hours=1)
    )
    clock(moment + timedelta(minutes=1))
    assert held + "Completed" in overview(client, cast.project)


def test_an_invitation_that_runs_out_no_longer_counts(cast, client_as, clock):
    Project.objects.filter(pk=cast.project.pk).update(stage=Stage.INVITING)
    cast.participants["young_person"].status = MemberStatus.LEFT
    cast.participants["young_person"].save()
    invitation = InvitationFactory(project=cast.project, expires_at=REAL_NOW() + timedelta(hours=2))
    fresh(cast)
    client = client_as("lead")
    invited = 'id="task-invite_young_people-status">'
    assert invited + "In progress" in overview(client, cast.project)
    moment = invitation.expires_at
    Invitation.objects.filter(pk=invitation.pk).update(expires_at=REAL_NOW() - timedelta(minutes=1))
    clock(moment + timedelta(minutes=1))
    assert invited + "Not started" in overview(client, cast.project)


def test_the_task_counts_say_when_time_alone_will_change_them(cast):
    now = REAL_NOW()
    session = make_session(cast.project, days=2)
    test_round = open_round(make_prototype(cast), closes_in=5)
    invitation = InvitationFactory(project=cast.project, expires_at=now + timedelta(hours=9))
    _, until = registry.counts_until(cast.project)
    assert until == test_round.closes_at
    test_round.delete()
    assert registry.counts_until(cast.project)[1] == invitation.expires_at
    invitation.delete()
    assert registry.counts_until(cast.project)[1] == session.ends_at
    session.delete()
    assert registry.counts_until(cast.project)[1] is None
