"""The project header and menu: the same on every page of a project, the current page marked,
the pages each person uses most first, and only pages the person may open."""

import re

import pytest

from projects.models import Project
from projects.registries.project_menu import EVERYONE, project_menu
from tests.helpers import count_queries


def menu_links(body):
    """(label, url, current) for each link in the project menu, in page order."""
    nav = body[
        body.index('aria-label="Project pages"') : body.index(
            "</nav>", body.index('aria-label="Project pages"')
        )
    ]
    return [
        (label, url, bool(current))
        for url, current, label in re.findall(
            r'<a class="project-menu-link" href="([^"]+)"( aria-current="page")?>([^<]+)</a>',
            nav,
        )
    ]


def phone_links(body):
    """The entries shown on a phone before "More"."""
    head = body[body.index('aria-label="Project pages"') :]
    head = head[
        : head.index("project-menu-more-item")
        if "project-menu-more-item" in head
        else head.index("</nav>")
    ]
    return [
        label
        for cls, label in re.findall(
            r'<li( class="project-menu-computer")?><a class="project-menu-link" '
            r'href="[^"]+"(?: aria-current="page")?>([^<]+)</a>',
            head,
        )
        if not cls
    ]


@pytest.mark.parametrize(
    ("path", "current"),
    [
        ("", "Overview"),
        ("partners/", "Partners and funding"),
        ("partners/add/", "Partners and funding"),
        ("updates/new/", "Updates"),
        ("people/invite/", "People"),
        ("needs/", "Support needs for planning"),
        ("consent/paper-form/", "Support needs for planning"),
        ("edit/", "Project settings"),
        ("stage/", "Stage"),
        ("decisions/new/", "Decisions"),
    ],
)
def test_the_current_page_is_marked(cast, client_as, path, current):
    body = client_as("lead").get(f"/projects/{cast.project.slug}/{path}").content.decode()
    marked = {label for label, _, is_current in menu_links(body) if is_current}
    assert marked == {current}


def test_my_needs_and_consent_belong_to_what_helps_me(cast, client_as):
    for path in ["my-needs/", "consent/"]:
        body = (
            client_as("young_person").get(f"/projects/{cast.project.slug}/{path}").content.decode()
        )
        marked = {label for label, _, is_current in menu_links(body) if is_current}
        assert marked == {"What helps me take part"}


@pytest.mark.parametrize(
    ("who", "first"),
    [
        ("lead", ["Overview", "Sessions", "People", "Support needs for planning"]),
        ("facilitator", ["Overview", "Sessions", "People", "Support needs for planning"]),
        (
            "young_person",
            ["Overview", "Sessions", "Ideas and prototypes", "What helps me take part"],
        ),
        ("staff", ["Overview", "Sessions", "Ideas and prototypes", "What helps me take part"]),
    ],
)
def test_a_phone_shows_the_pages_each_person_uses_most(cast, client_as, who, first):
    body = client_as(who).get(f"/projects/{cast.project.slug}/").content.decode()
    assert phone_links(body) == first


def test_people_see_only_pages_they_may_open(cast, client_as):
    body = client_as("young_person").get(f"/projects/{cast.project.slug}/").content.decode()
    labels = {label for label, _, _ in menu_links(body)}
    assert "Project settings" not in labels and "Stage" not in labels
    assert "Support needs for planning" not in labels
    assert "Public page" not in labels
    Project.objects.filter(pk=cast.project.pk).update(is_public=True)
    body = client_as("young_person").get(f"/projects/{cast.project.slug}/").content.decode()
    assert "Public page" in {label for label, _, _ in menu_links(body)}


def test_every_project_page_has_the_header_and_pages_elsewhere_do_not(cast, client_as):
    client = client_as("lead")
    for path in ["", "people/", "updates/", "resources/", "glossary/", "my-needs/"]:
        body = client.get(f"/projects/{cast.project.slug}/{path}").content.decode()
        assert body.count('aria-label="Project pages"') == 1, path
    for path in ["/", "/me/", "/glossary/"]:
        assert 'aria-label="Project pages"' not in client.get(path).content.decode()


def test_the_public_page_has_no_member_menu(cast, client_as):
    Project.objects.filter(pk=cast.project.pk).update(is_public=True)
    body = client_as("lead").get(f"/p/{cast.project.slug}/").content.decode()
    assert 'aria-label="Project pages"' not in body


def test_an_app_adds_a_page_in_one_line_and_a_missing_page_is_left_out(cast, client_as):
    client = client_as("young_person")
    project_menu.add(
        label="Not here", url_name="nowhere:list", perm="projects.view_project", order=5
    )
    project_menu.add(
        label="Words again",
        url_name="projects:glossary",
        perm="projects.view_project",
        order=21,
        top_for=EVERYONE,
        key="test-words",
    )
    try:
        body = client.get(f"/projects/{cast.project.slug}/").content.decode()
    finally:
        project_menu.remove("nowhere:list")
        project_menu.remove("test-words")
    assert "Not here" not in body
    assert phone_links(body)[:3] == ["Overview", "Sessions", "Words again"]


def test_more_entries_cost_no_more_queries(cast, client_as, settings):
    settings.KEEP_PAGES = False  # the work of making the page is what is counted
    client = client_as("young_person")
    url = f"/projects/{cast.project.slug}/updates/"
    client.get(url)  # the person's session, account and menu settle in the cache
    before, _ = count_queries(lambda: client.get(url))
    for n in range(10):
        project_menu.add(
            label=f"Extra {n}",
            url_name="projects:decisions",
            perm="projects.view_project",
            order=200 + n,
            key=f"extra-{n}",
        )
    try:
        after, _ = count_queries(lambda: client.get(url))
    finally:
        for n in range(10):
            project_menu.remove(f"extra-{n}")
    assert after == before


def test_a_menu_kept_in_the_cache_shows_an_entry_added_since(cast, client_as, monkeypatch):
    # A new release adds an entry: the menus kept by the one before are not read. (The menu is
    # kept only in a cache every process shares; this process's own cache stands in for one.)
    monkeypatch.setattr("projects.registries.project_menu.shared_cache_answers", lambda c: True)
    client = client_as("young_person")
    url = f"/projects/{cast.project.slug}/updates/"
    client.get(url)
    project_menu.add(
        label="Brand new page",
        url_name="projects:decisions",
        perm="projects.view_project",
        order=300,
        key="brand-new",
    )
    try:
        assert "Brand new page" in client.get(url).content.decode()
    finally:
        project_menu.remove("brand-new")
