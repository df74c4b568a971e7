"""Every page the benchmark measures answers, as its role, on scale data, and asks the same
queries however big the project grows; the trivial view exists only in the benchmark's
settings."""

from io import StringIO

import pytest
from django.core.management import call_command
from django.db.models import Count
from django.test import override_settings
from django.urls import clear_url_caches

from bench.pages import PAGES, TRIVIAL_PATH, TRIVIAL_USER_PATH
from bench.paths import path_values
from participants.models import User
from projects.models import Project
from sessions.management.commands.seed_scale import BIG_SLUG, CAST, top_up_activity
from tests.bench.test_seed_scale import SMALL
from tests.helpers import cold_and_warm
from tests.projects.test_project_detail import COLD_BUDGET, WARM_BUDGET

EMAILS = {role.value: email for role, email in CAST}
# Queries with an empty cache and from a warm one (the benchmark reports the warm figure).
# The overview, the page everyone opens most, has its own budget test with every section
# showing (tests/projects/test_project_detail.py); of the other pages the report asks most.
CAPS = {"Overview": (COLD_BUDGET, WARM_BUDGET)}
COLD_CAP, WARM_CAP = 19, 18
# Four times the small sizes of everything the sessions app and the outcomes hold.
GROWN = {
    size: 4 * SMALL[size]
    for size in (
        "sessions",
        "replies",
        "ideas",
        "versions",
        "comments",
        "test_rounds",
        "feedback",
        "sheets",
        "outcomes",
        "reviews",
        "reflections",
        "claims",
    )
}


# The site's own pages (the trivial views are routed only in the benchmark's settings).
SITE_PAGES = [page for page in PAGES if not page.path.startswith("/bench/")]


@pytest.fixture
def scale(db):
    call_command("seed_scale", **SMALL, stdout=StringIO())
    return path_values()


def fetch_as(client, page, values):
    client.logout()
    if page.role:
        client.force_login(User.objects.get(email=EMAILS[page.role]))
    return cold_and_warm(lambda: client.get(page.url(values)))


@pytest.mark.parametrize("bench_page", SITE_PAGES, ids=lambda page: f"{page.name} as {page.role}")
def test_each_page_answers_for_its_role(scale, client, bench_page):
    (cold, warm), response = fetch_as(client, bench_page, scale)
    assert response.status_code == 200
    cold_cap, warm_cap = CAPS.get(bench_page.name, (COLD_CAP, WARM_CAP))
    assert cold <= cold_cap and warm <= warm_cap, (cold, warm)


def test_no_page_asks_more_queries_as_the_big_project_grows(scale, client):
    def counts():
        return {(page.name, page.role): fetch_as(client, page, scale)[0] for page in SITE_PAGES}

    small = counts()
    top_up_activity(Project.objects.get(slug=BIG_SLUG), SMALL | GROWN)
    grown = counts()
    assert {page: (small[page], grown[page]) for page in small if small[page] != grown[page]} == {}


def test_the_placeholders_name_the_busiest_session_idea_and_outcome(scale):
    big = Project.objects.get(slug=BIG_SLUG)
    for rows, related, key in [
        (big.sessions, "attendances", "session"),
        (big.prototypes, "comments", "prototype"),
        (big.outcomes, "reviews", "outcome"),
    ]:
        counted = rows.annotate(n=Count(related))
        busiest = counted.get(pk=scale[key]).n
        assert busiest == max(row.n for row in counted) and busiest > 1
    assert scale["big"] == BIG_SLUG


def test_the_trivial_view_is_only_in_the_benchmarks_settings(db, client):
    assert client.get(TRIVIAL_PATH).status_code == 404
    with override_settings(ROOT_URLCONF="bench.urls"):
        clear_url_caches()
        response = client.get(TRIVIAL_PATH)
    clear_url_caches()
    assert response.status_code == 200 and response.content == b"ok"


def test_the_signed_in_trivial_view_reads_who_is_signed_in(db, client):
    with override_settings(ROOT_URLCONF="bench.urls"):
        clear_url_caches()
        signed_out = client.get(TRIVIAL_USER_PATH).content
        client.force_login(User.objects.create_user("sam@example.org"))
        signed_in = client.get(TRIVIAL_USER_PATH).content
    clear_url_caches()
    assert (signed_out, signed_in) == (b"visitor", b"ok")
