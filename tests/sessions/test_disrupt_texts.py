"""A cancelled session is texted to people who replied and asked for texts: a short phrase, the
project's name and a link, never the session's details or anyone's needs."""

import pytest

from codesign import texts
from tests.sessions.conftest import reply


@pytest.fixture(autouse=True)
def _empty_outbox():
    texts.outbox.clear()
    yield
    texts.outbox.clear()


def test_cancelling_texts_those_who_asked_and_no_one_else(cast, client_as, session):
    jay = cast.young_person
    jay.mobile, jay.wants_texts = "+447911123456", True
    jay.save()
    reply(session, cast.participants["young_person"], "yes", needs_childcare=True)
    reply(session, cast.participants["staff"], "maybe")
    client_as("facilitator").post(
        f"/projects/{session.project.slug}/sessions/{session.pk}/disrupt/",
        {"action": "cancelled", "reason": "illness"},
    )
    (text,) = texts.outbox
    assert text.to == "+447911123456"
    assert "The session on " in text.body and " is cancelled." in text.body
    assert "Support for care leavers" not in text.body and "/projects/care-leavers/" in text.body
    assert session.title not in text.body and "childcare" not in text.body.lower()
