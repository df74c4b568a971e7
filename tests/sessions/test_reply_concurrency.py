"""Two people taking the last place at the same moment: one gets it, the other waits."""

import pytest

from sessions.meetings.services.replies import attendance_reply
from sessions.models import Attendance
from tests.factories import ParticipantFactory, ProjectFactory
from tests.participants.test_consent_concurrency import run_together
from tests.sessions.conftest import make_session


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_two_people_taking_the_last_place_at_once():
    project = ProjectFactory()
    for attempt in range(5):
        session = make_session(project, capacity=1, title=f"Workshop {attempt}")
        first, second = ParticipantFactory(project=project), ParticipantFactory(project=project)
        run_together(
            lambda s=session, p=first: attendance_reply(session=s, participant=p, reply="yes"),
            lambda s=session, p=second: attendance_reply(session=s, participant=p, reply="yes"),
        )
        replies = sorted(Attendance.objects.filter(session=session).values_list("reply", flat=True))
        assert replies == ["waiting", "yes"]


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_a_place_freed_while_someone_joins_the_queue_is_never_lost():
    project = ProjectFactory()
    session = make_session(project, capacity=1)
    leaving, joining = ParticipantFactory(project=project), ParticipantFactory(project=project)
    attendance_reply(session=session, participant=leaving, reply="yes")
    run_together(
        lambda: attendance_reply(session=session, participant=leaving, reply="no"),
        lambda: attendance_reply(session=session, participant=joining, reply="yes"),
    )
    assert Attendance.objects.get(participant=joining).reply == "yes"
