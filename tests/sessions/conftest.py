from datetime import datetime, timedelta

import pytest
from django.utils import timezone

from participants.models import Consent
from sessions.models import Attendance, Session


def make_session(project, *, days=7, hour=18, length=2, **fields):
    day = timezone.localdate() + timedelta(days=days)
    starts = timezone.make_aware(datetime(day.year, day.month, day.day, hour))
    defaults = {
        "title": "Evening workshop",
        "starts_at": starts,
        "ends_at": starts + timedelta(hours=length),
        "venue_name": "Oban Community Centre",
        "address": "Albany Street, Oban",
    }
    return Session.objects.create(project=project, **(defaults | fields))


def reply(session, participant, answer, **fields):
    attendance, _ = Attendance.objects.update_or_create(
        session=session,
        participant=participant,
        defaults={"reply": answer, "replied_at": timezone.now(), **fields},
    )
    return attendance


def consent(participant, purpose, level):
    return Consent.objects.create(
        participant=participant, purpose=purpose, level=level, text_shown="The question."
    )


@pytest.fixture
def session(cast):
    return make_session(cast.project, question_1="Do you need a lift from Oban?")


def detail_url(session):
    return f"/projects/{session.project.slug}/sessions/{session.pk}/"
