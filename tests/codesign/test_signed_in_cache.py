"""Sessions and the signed-in account come from the shared cache, and every change that decides
who someone is reaches the next request at once: signing out, a new password, a new sign-in
card. What the header shows for a person is kept for them alone and is fresh after a write.
A cache that is not shared, or not answering, is never trusted with any of it."""

import re

import pytest
from django.core import mail
from django.core.cache import cache
from django.core.cache.backends.locmem import LocMemCache
from django.db import connection
from django.test import Client, override_settings
from django.test.utils import CaptureQueriesContext
from django.urls import clear_url_caches

from codesign.runtime import signed_in
from codesign.runtime.infrastructure import shared_cache_answers
from participants.models import User
from participants.notify import notify
from participants.services.sign_in_cards import sign_in_code_issue
from projects.models import Project
from tests.factories import ParticipantFactory, ProjectFactory, UserFactory
from tests.helpers import assert_query_budget
from tests.projects.test_project_detail import COLD_BUDGET, WARM_BUDGET, busy

TRIVIAL_USER = "/bench/trivial/user/"
PASSWORD = "a long enough passphrase 81"


class StandInForRedis(LocMemCache):
    """This process's memory, standing in for a cache every process shares."""


class FailingRedis(StandInForRedis):
    is_failing = True


def cache_settings(backend):
    location = backend.__name__
    return override_settings(
        CACHES={"default": {"BACKEND": f"{backend.__module__}.{location}", "LOCATION": location}}
    )


@pytest.fixture
def shared():
    with cache_settings(StandInForRedis):
        cache.clear()
        yield
        cache.clear()


@pytest.fixture
def bench_urls():
    with override_settings(ROOT_URLCONF="bench.urls"):
        clear_url_caches()
        yield
    clear_url_caches()


def queries(client, path):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(path)
    return response, len(captured.captured_queries)


def signed_in_client(user):
    client = Client()
    client.force_login(user)
    return client


def test_a_signed_in_request_asks_the_database_nothing_once_kept(db, shared, bench_urls):
    client = signed_in_client(UserFactory())
    response, first = queries(client, TRIVIAL_USER)
    assert response.content == b"ok" and first >= 1
    response, again = queries(client, TRIVIAL_USER)
    assert response.content == b"ok" and again == 0


def test_without_a_shared_cache_every_request_reads_the_database(db, bench_urls):
    with cache_settings(LocMemCache):
        client = signed_in_client(UserFactory())
        queries(client, TRIVIAL_USER)
        response, again = queries(client, TRIVIAL_USER)
    # The session and the account, each from the database.
    assert response.content == b"ok" and again == 2


def test_the_default_cache_is_judged_by_what_it_is_not_by_what_stands_in_for_it():
    """`django.core.cache.cache` is a stand-in that passes everything to the default cache:
    whether that cache is shared is a question about the cache itself."""
    for backend, shared in ((LocMemCache, False), (StandInForRedis, True), (FailingRedis, False)):
        with cache_settings(backend):
            assert shared_cache_answers(cache) is shared, backend.__name__


def test_while_redis_is_down_every_request_reads_the_database(db, bench_urls):
    with cache_settings(FailingRedis):
        client = signed_in_client(UserFactory())
        queries(client, TRIVIAL_USER)
        response, again = queries(client, TRIVIAL_USER)
    assert response.content == b"ok" and again >= 1


def test_signing_out_forgets_the_account_and_ends_the_session(db, shared, bench_urls):
    user = UserFactory()
    client = signed_in_client(user)
    stolen = client.cookies["sessionid"].value
    queries(client, TRIVIAL_USER)
    before = cache.get(signed_in.account_generation_key(user))
    client.post("/accounts/logout/")
    assert cache.get(signed_in.account_generation_key(user)) != before
    replay = Client()
    replay.cookies["sessionid"] = stolen
    assert replay.get(TRIVIAL_USER).content == b"visitor"


def test_a_new_password_ends_every_other_session_at_once(db, shared, bench_urls):
    user = UserFactory(email="sam@example.org")
    user.set_password(PASSWORD)
    user.save()
    here, elsewhere = signed_in_client(user), signed_in_client(user)
    assert elsewhere.get(TRIVIAL_USER).content == b"ok"  # kept in the cache now
    response = here.post(
        "/accounts/password/change/",
        {"oldpassword": PASSWORD, "password1": PASSWORD + "x", "password2": PASSWORD + "x"},
    )
    assert response.status_code == 302
    assert here.get(TRIVIAL_USER).content == b"ok"
    assert elsewhere.get(TRIVIAL_USER).content == b"visitor"


def test_a_new_sign_in_card_ends_the_holders_sessions_at_once(cast, shared, bench_urls):
    jay = ParticipantFactory(
        project=cast.project,
        user=UserFactory(email=None, username="jay713", display_name="Jay"),
        invited_by=cast.lead,
    )
    jays_phone = signed_in_client(jay.user)
    assert jays_phone.get(TRIVIAL_USER).content == b"ok"
    sign_in_code_issue(participant=jay, by=cast.lead)
    assert jays_phone.get(TRIVIAL_USER).content == b"visitor"


def test_signing_in_with_an_emailed_code_still_works(db, shared, bench_urls):
    UserFactory(email="kai@example.org")
    client = Client()
    client.post("/accounts/login/code/", {"email": "kai@example.org"})
    code = mail.outbox[-1].body.split("Codesign:", 1)[1].split()[0]
    response = client.post("/accounts/login/code/confirm/", {"code": code})
    assert response.status_code == 302
    assert client.get(TRIVIAL_USER).content == b"ok"
    assert client.get(TRIVIAL_USER).content == b"ok"  # and from the cache


def test_a_new_message_shows_in_the_header_count_at_once(cast, shared, client_as):
    client = client_as("young_person")
    client.get("/me/")
    notify(user=cast.young_person, subject="News", body="Something happened.")
    body = client.get("/me/").content.decode()
    assert 'unread-count">1<span class="visually-hidden"> unread</span>' in body


def header_projects(body):
    menu = body.split('class="nav-projects-list"', 1)[1].split("</ul>", 1)[0]
    return [slug for slug in re.findall(r'<a href="/projects/([^/]+)/">', menu) if slug != "new"]


def test_joining_a_project_shows_in_the_header_at_once(cast, shared, client_as):
    client = client_as("young_person")
    assert header_projects(client.get("/me/").content.decode()) == ["care-leavers"]
    other = ProjectFactory(title="Another project", slug="another")
    ParticipantFactory(project=other, user=cast.young_person)
    assert header_projects(client.get("/me/").content.decode()) == ["another", "care-leavers"]


def test_a_renamed_project_shows_in_the_header_at_once(cast, shared, client_as):
    client = client_as("young_person")
    client.get("/me/")
    project = Project.objects.get(pk=cast.project.pk)
    project.title = "Renamed"
    project.save()
    assert ">Renamed</a>" in client.get("/me/").content.decode()


def test_two_people_never_share_a_header(cast, shared):
    ProjectFactory(title="Only the lead's", slug="leads-own")
    ParticipantFactory(project=Project.objects.get(slug="leads-own"), user=cast.lead)
    lead, young = signed_in_client(cast.lead), signed_in_client(cast.young_person)
    for _ in range(2):
        assert header_projects(lead.get("/me/").content.decode()) == ["leads-own", "care-leavers"]
        assert header_projects(young.get("/me/").content.decode()) == ["care-leavers"]


def menu_labels(body):
    menu = body.split('class="project-menu-list"', 1)[1].split("</nav>", 1)[0]
    return set(re.findall(r'class="project-menu-link"[^>]*>([^<]+)<', menu))


def test_two_people_in_one_project_never_share_a_menu(cast, shared):
    overview = f"/projects/{cast.project.slug}/"
    lead, young = signed_in_client(cast.lead), signed_in_client(cast.young_person)
    for _ in range(2):
        assert "Stage" in menu_labels(lead.get(overview).content.decode())
        assert "Stage" not in menu_labels(young.get(overview).content.decode())


def test_a_new_role_changes_the_menu_at_once(cast, shared):
    overview = f"/projects/{cast.project.slug}/"
    young = signed_in_client(cast.young_person)
    assert "Stage" not in menu_labels(young.get(overview).content.decode())
    member = cast.participants["young_person"]
    member.role = "lead"
    member.save()
    # A change of role goes through a service that moves the data version; so does this.
    Project.objects.get(pk=cast.project.pk).save()
    assert "Stage" in menu_labels(young.get(overview).content.decode())


def test_an_account_made_a_site_admin_sees_it_at_once(cast, shared):
    overview = f"/projects/{cast.project.slug}/"
    outsider = signed_in_client(cast.outsider)
    assert outsider.get(overview).status_code == 404
    admin = User.objects.get(pk=cast.outsider.pk)
    admin.is_superuser = True
    admin.save()
    assert outsider.get(overview).status_code == 200


# With a shared cache, a warm page no longer asks for the session, the account or the header's
# projects: three queries fewer than the overview's budget without one.
SHARED_WARM_BUDGET = WARM_BUDGET - 3


@pytest.mark.parametrize("who", ["lead", "young_person"])
def test_a_warm_overview_asks_three_queries_fewer_with_a_shared_cache(cast, shared, who):
    client = signed_in_client(cast.users[who])
    counts = assert_query_budget(
        fetch=lambda: client.get(f"/projects/{cast.project.slug}/"),
        grow=lambda n: busy(cast, n),
        budget=COLD_BUDGET,
    )
    assert all(warm <= SHARED_WARM_BUDGET for _, warm in counts.values()), counts


def test_two_people_never_share_an_unread_count(cast, shared):
    notify(user=cast.young_person, subject="News", body="Something happened.")
    young, staff = signed_in_client(cast.young_person), signed_in_client(cast.staff)
    for _ in range(2):
        assert 'unread-count">1<' in young.get("/me/").content.decode()
        assert "unread-count" not in staff.get("/me/").content.decode()


def test_reading_a_message_lowers_the_count_at_once(cast, shared):
    notify(user=cast.young_person, subject="News", body="Something happened.")
    client = signed_in_client(cast.young_person)
    assert 'unread-count">1<' in client.get("/me/").content.decode()
    client.post("/me/messages/read/")
    assert "unread-count" not in client.get("/me/").content.decode()
