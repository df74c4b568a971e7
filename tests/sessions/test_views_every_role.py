"""Every sessions page, opened by every role: members see, runners run, outsiders get 404,
anonymous people are asked to sign in."""

import pytest

from sessions.models import SessionPhoto, TimeOption, TimePoll
from tests.conftest import EVERYONE
from tests.sessions.conftest import make_session

RUNNERS = {"lead", "facilitator"}
MEMBERS = {"lead", "local_lead", "facilitator", "young_person", "staff", "manager"}

# (path under the session or project, who may open it)
PAGES = [
    ("sessions/", MEMBERS),
    ("sessions/new/", RUNNERS),
    ("sessions/times/new/", RUNNERS),
    ("sessions/times/{poll}/", MEMBERS),
    ("sessions/{session}/", MEMBERS),
    ("sessions/{session}.ics", MEMBERS),
    ("sessions/{session}/reply/", MEMBERS),
    ("sessions/{session}/edit/", RUNNERS),
    ("sessions/{session}/notes/", RUNNERS),
    ("sessions/{session}/disrupt/", RUNNERS),
    ("sessions/{session}/replies/record/", RUNNERS),
    ("sessions/{session}/check-in/", RUNNERS),
    ("sessions/{session}/photos/new/", RUNNERS),
    ("sessions/{session}/photos/{photo}/", MEMBERS),
    ("sessions/{session}/photos/{photo}/small/", MEMBERS),
    ("sessions/{session}/photos/{photo}/delete/", RUNNERS),
]


@pytest.fixture
def objects(cast):
    session = make_session(cast.project)
    poll = TimePoll.objects.create(project=cast.project, title="Mapping day")
    TimeOption.objects.create(poll=poll, starts_at=session.starts_at, ends_at=session.ends_at)
    from django.core.files.uploadedfile import SimpleUploadedFile

    from projects.files.images import image_process
    from sessions.meetings.services.photos import photo_add
    from tests.projects.test_images import jpeg_with_gps

    photo = photo_add(
        session=session,
        by=cast.facilitator,
        processed=image_process(SimpleUploadedFile("a.jpg", jpeg_with_gps())),
        alt_text="A map of Oban",
    )
    return {"session": session.pk, "poll": poll.pk, "photo": photo.pk}


@pytest.mark.parametrize("who", EVERYONE)
@pytest.mark.parametrize("page, allowed", PAGES)
def test_each_page_answers_each_role(cast, client_as, objects, who, page, allowed):
    client = client_as(who)
    response = client.get(f"/projects/{cast.project.slug}/" + page.format(**objects))
    if who == "anonymous":
        assert response.status_code == 302 and "/accounts/login/" in response.url
    elif who == "outsider":
        assert response.status_code == 404
    else:
        assert response.status_code == (200 if who in allowed else 403)
    assert SessionPhoto.objects.count() == 1
