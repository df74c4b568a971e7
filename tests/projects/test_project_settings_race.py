"""Two leads saving the settings at the same moment: the second one is warned, not obeyed."""

import threading

import pytest
from django.db import connection, transaction

from projects.models import Project
from projects.services.projects import (
    SettingsConflict,
    project_change_settings,
    settings_fingerprint,
)
from tests.factories import ProjectFactory


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_a_save_waits_for_another_in_progress_and_then_sees_the_conflict():
    project = ProjectFactory(summary="First words")
    seen = settings_fingerprint(project)
    outcome = []

    def second_lead_saves():
        try:
            project_change_settings(
                project=project, changes={"summary": "Second lead"}, seen_fingerprint=seen
            )
            outcome.append("saved")
        except SettingsConflict:
            outcome.append("conflict")
        finally:
            connection.close()

    with transaction.atomic():
        locked = Project.objects.select_for_update().get(pk=project.pk)
        locked.summary = "First lead"
        locked.save()
        other = threading.Thread(target=second_lead_saves)
        other.start()
        other.join(timeout=0.5)
        assert other.is_alive(), "the second save did not wait for the first"
    other.join(timeout=10)

    assert outcome == ["conflict"]
    assert Project.objects.get(pk=project.pk).summary == "First lead"
