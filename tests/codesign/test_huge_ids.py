"""An id too big for any database, sent in a choice of rows, is a wrong choice explained on the
form like any other, never an error page (on SQLite it cannot even be compared)."""

import pytest
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError

from codesign.forms import ModelChoiceField, ModelMultipleChoiceField

HUGE = str(2**70)


@pytest.mark.parametrize("value", [HUGE, f"-{HUGE}"])
def test_one_row(db, value):
    field = ModelChoiceField(queryset=get_user_model().objects.all())
    with pytest.raises(ValidationError):
        field.clean(value)


def test_several_rows(db):
    field = ModelMultipleChoiceField(queryset=get_user_model().objects.all())
    with pytest.raises(ValidationError):
        field.clean(["1", HUGE])


def test_a_pitch_with_a_huge_judge_id_is_refused_on_the_form(cast, client_as):
    from tests.sessions.conftest import make_session
    from tests.sessions.prototype_helpers import make_prototype

    session = make_session(cast.project, title="Pitch night", kind="pitch", days=-1)
    idea = make_prototype(cast)
    response = client_as("lead").post(
        f"/projects/{cast.project.slug}/sessions/{session.pk}/pitch/",
        {"ideas": [idea.pk], "judges": [HUGE], "criteria": "Useful"},
    )
    assert response.status_code in (200, 422)
    assert "Select a valid choice" in response.content.decode()


def test_photo_tags_with_a_huge_id_are_refused_on_the_form(cast, client_as):
    from tests.sessions.conftest import make_session

    session = make_session(cast.project, days=-1)
    response = client_as("facilitator").post(
        f"/projects/{cast.project.slug}/sessions/{session.pk}/photos/new/",
        {"alt_text": "A map", "tagged": [HUGE]},
    )
    assert response.status_code in (200, 422)
    assert "Select a valid choice" in response.content.decode()
