import contextlib
import os
import shutil
from types import SimpleNamespace

import pytest
from django.conf import settings

from projects.models import Organisation, Partner
from projects.roles import Role
from tests.factories import (
    OrganisationMemberFactory,
    ParticipantFactory,
    ProjectFactory,
    UserFactory,
)
from tests.helpers import CspWatch

# Playwright's sync API runs an event loop in the test thread; the ORM calls in browser
# tests are still synchronous and safe.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

# Every member role, then the people outside the project.
MEMBER_ROLES = [role.value for role in Role]
EVERYONE = [*MEMBER_ROLES, "outsider", "anonymous"]


@pytest.fixture
def cast(db):
    """A project with one person in each role, an outsider, and a helper to get a client as each."""
    project = ProjectFactory(title="Support for care leavers", slug="care-leavers")
    people = {}
    for role in Role:
        participant = ParticipantFactory(
            project=project,
            role=role,
            user=UserFactory(email=f"{role.value}@example.org", display_name=role.label),
        )
        people[role.value] = participant
    outsider = UserFactory(email="outsider@example.org", display_name="Outsider")
    users = {role: p.user for role, p in people.items()} | {"outsider": outsider}
    return SimpleNamespace(project=project, participants=people, users=users, **users)


@pytest.fixture
def client_as(cast, client):
    """client_as("lead") gives a test client signed in as that member of the cast."""

    def make(who):
        if who != "anonymous":
            client.force_login(cast.users[who])
        return client

    return make


@pytest.fixture(scope="session", autouse=True)
def _object_store_bucket():
    """With MEDIA_STORAGE=s3 the tests use a local S3-compatible server: make the bucket."""
    if not settings.STORAGES["default"]["BACKEND"].endswith("S3Storage"):
        return
    from django.core.files.storage import storages

    client = storages.create_storage(settings.STORAGES["default"]).connection.meta.client
    bucket = settings.STORAGES["default"]["OPTIONS"]["bucket_name"]
    try:
        client.head_bucket(Bucket=bucket)
    except client.exceptions.ClientError:
        # Another test worker may make it in the meantime.
        made = (client.exceptions.BucketAlreadyOwnedByYou, client.exceptions.BucketAlreadyExists)
        with contextlib.suppress(*made):
            client.create_bucket(Bucket=bucket)


@pytest.fixture(autouse=True)
def _empty_cache():
    """Rate-limit counts must not carry from one test to the next (the cache may be Redis)."""
    from django.core.cache import cache

    cache.clear()


@pytest.fixture(autouse=True)
def _clean_media(settings):
    yield
    if settings.STORAGES["default"]["BACKEND"].endswith("S3Storage"):
        from django.core.files.storage import default_storage

        # Only this worker's folder ("gw1/", not "gw10/" too): the others are still using theirs.
        prefix = f"{default_storage.location}/" if default_storage.location else ""
        default_storage.bucket.objects.filter(Prefix=prefix).delete()
    else:
        shutil.rmtree(settings.MEDIA_ROOT, ignore_errors=True)


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    return {
        **browser_type_launch_args,
        "executable_path": os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium"),
        "args": [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
        ],
    }


def _watched_page(browser, live_server, viewport):
    """A page whose context fails the test on any Content Security Policy violation."""
    context = browser.new_context(viewport=viewport, base_url=live_server.url)
    context.set_default_timeout(8000)
    watch = CspWatch(context)
    page = context.new_page()
    yield page
    context.close()
    assert watch.violations == [], "Content Security Policy violations:\n" + "\n".join(
        watch.violations
    )


@pytest.fixture
def phone(browser, live_server):
    """A page sized like a small phone (375 by 667 CSS pixels)."""
    yield from _watched_page(browser, live_server, {"width": 375, "height": 667})


@pytest.fixture
def desktop(browser, live_server):
    yield from _watched_page(browser, live_server, {"width": 1280, "height": 900})


def pytest_collection_modifyitems(config, items):
    on_postgres = settings.DATABASES["default"]["ENGINE"].endswith("postgresql")
    skip = pytest.mark.skip(reason="needs PostgreSQL (set DATABASE_URL)")
    for item in items:
        if "postgres" in item.keywords and not on_postgres:
            item.add_marker(skip)


@pytest.fixture(autouse=True)
def _empty_cache():
    """Each test starts with an empty cache: cached figures are keyed by project ids, which
    a new test database hands out again."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


# An organisation leading the cast's project, with a safeguarding officer of its own.


@pytest.fixture
def council(cast):
    """Leads the cast's project. The cast's manager leads the council's people; its frontline
    staff member is one of them; Ann, its safeguarding officer, takes no part in the project."""
    council = Organisation.objects.create(name="Argyll Council")
    Partner.objects.create(project=cast.project, organisation=council, roles=["lead"])
    OrganisationMemberFactory(organisation=council, user=cast.manager, is_lead=True)
    OrganisationMemberFactory(organisation=council, user=cast.staff, is_lead=False)
    return council


@pytest.fixture
def ann(council):
    ann = UserFactory(display_name="Ann Officer")
    OrganisationMemberFactory(
        organisation=council, user=ann, is_lead=False, is_safeguarding_lead=True
    )
    return ann
