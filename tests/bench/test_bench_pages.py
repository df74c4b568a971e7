"""Every page the benchmark measures answers, as its role, on scale data; the trivial view
exists only in the benchmark's settings."""

import pytest
from django.core.management import call_command
from django.test import override_settings
from django.urls import clear_url_caches

from bench.pages import PAGES, TRIVIAL_PATH
from participants.models import User
from sessions.management.commands.seed_scale import BIG_SLUG, CAST
from tests.bench.test_seed_scale import SMALL
from tests.helpers import count_queries


@pytest.fixture
def scale(db):
    call_command("seed_scale", **SMALL, stdout=open("/dev/null", "w"))  # noqa: SIM115


@pytest.mark.parametrize("bench_page", PAGES, ids=lambda page: f"{page.name} as {page.role}")
def test_each_page_answers_for_its_role(scale, client, bench_page):
    page = bench_page
    if page.role:
        client.force_login(User.objects.get(email={r.value: e for r, e in CAST}[page.role]))
    queries, response = count_queries(lambda: client.get(page.path.format(big=BIG_SLUG)))
    assert response.status_code == 200
    # The overview, the heaviest page, with its sections from every app (see the overview's own
    # budget test in tests/projects/test_project_detail.py).
    assert queries <= 23


def test_the_trivial_view_is_only_in_the_benchmarks_settings(db, client):
    assert client.get(TRIVIAL_PATH).status_code == 404
    with override_settings(ROOT_URLCONF="bench.urls"):
        clear_url_caches()
        response = client.get(TRIVIAL_PATH)
    clear_url_caches()
    assert response.status_code == 200 and response.content == b"ok"
