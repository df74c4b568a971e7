"""The admin lists for stage changes, decisions and glossary words, with filters and search."""

import pytest
from django.utils import timezone

from projects.models import GlossaryTerm, StageChange
from tests.factories import UserFactory
from tests.projects.stage_data import add_decision


@pytest.fixture
def admin_client(client, cast):
    client.force_login(UserFactory(is_staff=True, is_superuser=True))
    StageChange.objects.create(
        project=cast.project,
        from_stage="designing",
        to_stage="prototyping",
        by=cast.lead,
        at=timezone.now(),
        reason="The weather cancelled two sessions",
        forced=True,
    )
    add_decision(cast.project, "Hold sessions in the evening")
    GlossaryTerm.objects.create(term="Prototype", plain_meaning="A rough version.")
    GlossaryTerm.objects.create(project=cast.project, term="STAF", plain_meaning="A charity.")
    return client


@pytest.mark.parametrize(
    ("path", "query", "expected"),
    [
        ("stagechange", "?forced__exact=1", "Support for care leavers"),
        ("stagechange", "?q=weather", "Support for care leavers"),
        ("decision", "?young_people_voted__exact=1", "Hold sessions in the evening"),
        ("decision", "?q=evening", "Hold sessions in the evening"),
        ("glossaryterm", "?scope=project", "STAF"),
        ("glossaryterm", "?q=rough", "Prototype"),
    ],
)
def test_lists_filter_and_search(admin_client, path, query, expected):
    response = admin_client.get(f"/admin/projects/{path}/{query}")
    assert response.status_code == 200
    assert expected in response.content.decode()


def test_the_scope_filter_separates_site_wide_words(admin_client):
    body = admin_client.get("/admin/projects/glossaryterm/?scope=site").content.decode()
    assert "Prototype" in body and "STAF" not in body
