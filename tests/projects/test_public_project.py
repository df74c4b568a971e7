import datetime

import pytest
from django.utils import timezone

from projects.models import Organisation, Partner, Stage
from projects.seed.scale import top_up_resources, top_up_updates
from tests.factories import ResourceFactory, UpdateFactory
from tests.helpers import assert_paged_at_scale, assert_query_budget

URL = "/p/care-leavers/"


@pytest.fixture
def public(cast):
    project = cast.project
    project.is_public = True
    project.summary = "Designing support with young care leavers."
    project.aim = "Meet the emotional and social needs of care leavers."
    project.area = "Argyll and Bute"
    project.starts_on = datetime.date(2015, 9, 1)
    project.ends_on = datetime.date(2017, 3, 31)
    project.stage = Stage.DESIGNING
    project.payment_policy = "Paid at the hourly rate."
    project.save()
    return project


def add_partner(project, name, roles, **contact):
    organisation = Organisation.objects.create(name=name)
    return Partner.objects.create(
        project=project, organisation=organisation, roles=roles, **contact
    )


def test_it_shows_what_the_project_is(public, client):
    response = client.get(URL)
    assert response.status_code == 200
    body = response.content.decode()
    for text in [
        "Support for care leavers",
        "Designing support with young care leavers.",
        "Meet the emotional and social needs of care leavers.",
        "Argyll and Bute",
        "1 September 2015",
        "31 March 2017",
        "Now: Co-design sessions",
        "Everyone meets in sessions to share experiences",
    ]:
        assert text in body, text


def test_it_has_a_title_and_a_short_description(public, client):
    public.summary = "Word " * 100
    public.save()
    body = client.get(URL).content.decode()
    assert "<title>Support for care leavers, Argyll and Bute – Codesign</title>" in body
    description = body.split('<meta name="description" content="')[1].split('"')[0]
    assert description.startswith("Word Word")
    assert len(description) <= 160


def test_it_lists_partner_organisations_and_their_roles(public, client):
    add_partner(public, "STAF", ["participants"])
    add_partner(public, "Snook", ["facilitator"])
    body = client.get(URL).content.decode()
    assert "STAF" in body and "brings participants" in body
    assert "Snook" in body and "facilitates sessions" in body


def test_it_shows_public_updates_newest_first_and_never_members_only_ones(public, client):
    now = timezone.now()
    UpdateFactory(project=public, title="Older news", published_at=now - timezone.timedelta(1))
    UpdateFactory(project=public, title="Newer news", published_at=now)
    UpdateFactory(project=public, title="Just for us", body="Internal plans", is_public=False)
    body = client.get(URL).content.decode()
    assert body.index("Newer news") < body.index("Older news")
    assert "Just for us" not in body and "Internal plans" not in body


def test_it_pages_long_lists_of_updates(public, client):
    now = timezone.now()
    for n in range(12):
        UpdateFactory(
            project=public, title=f"News {n:02}", published_at=now - timezone.timedelta(n)
        )
    first = client.get(URL).content.decode()
    assert "News 00" in first and "News 09" in first and "News 10" not in first
    second = client.get(URL + "?page=2").content.decode()
    assert "News 10" in second and "News 11" in second and "News 00" not in second


def test_it_lists_public_files_only(public, client):
    shared = ResourceFactory(project=public, title="Project report", is_public=True)
    ResourceFactory(project=public, title="Session notes", is_public=False)
    body = client.get(URL).content.decode()
    assert "Project report" in body
    assert f"/projects/care-leavers/resources/{shared.pk}/download/" in body
    assert "Session notes" not in body


def test_update_text_is_shown_as_text_and_never_run(public, client):
    UpdateFactory(project=public, title="<b>Bold</b>", body="<script>alert('x')</script>\n\nHi")
    body = client.get(URL).content.decode()
    assert "<script>alert" not in body
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in body
    assert "&lt;b&gt;Bold&lt;/b&gt;" in body


def test_it_shows_no_personal_data(public, cast, client):
    for role, participant in cast.participants.items():
        participant.display_name = f"Secretname{role.title().replace('_', '')}"
        participant.save()
        participant.user.display_name = f"Accountname{role.title().replace('_', '')}"
        participant.user.save()
    add_partner(
        public,
        "Argyll and Bute Council",
        ["venue"],
        contact_name="Contactperson Macleod",
        contact_email="c.macleod@council.example",
    )
    UpdateFactory(project=public, author=cast.lead, title="Shared news")
    ResourceFactory(project=public, uploaded_by=cast.lead, is_public=True)

    body = client.get(URL).content.decode()
    assert "Shared news" in body and "Argyll and Bute Council" in body
    assert "Secretname" not in body
    assert "Accountname" not in body
    assert "Contactperson" not in body and "Macleod" not in body
    assert "council.example" not in body
    assert "example.org" not in body


def test_members_see_a_link_into_the_project(public, client_as):
    body = client_as("young_person").get(URL).content.decode()
    assert "You take part in this project" in body
    assert "Secretname" not in body


def test_visitors_see_no_link_into_the_project(public, client):
    assert "You take part in this project" not in client.get(URL).content.decode()


def test_a_private_project_has_no_public_page(cast, client):
    response = client.get(URL)
    assert response.status_code == 404
    assert "Support for care leavers" not in response.content.decode()


@pytest.mark.parametrize("who", ["lead", "young_person", "outsider"])
def test_not_even_for_signed_in_people(cast, client_as, who):
    assert client_as(who).get(URL).status_code == 404


def test_an_unknown_project_has_no_public_page(db, client):
    assert client.get("/p/no-such-project/").status_code == 404


def test_query_budget(public, client):
    def grow(n):
        have = public.updates.count()
        for i in range(have, n):
            UpdateFactory(project=public, title=f"News {i}")
            ResourceFactory(project=public, title=f"Report {i}", is_public=True)
            add_partner(public, f"Organisation {i}", ["funder", "venue"])

    # The project, its partners, then a count and a page of updates, then of files.
    assert_query_budget(fetch=lambda: client.get(URL), grow=grow, budget=6)


def test_a_page_of_400_updates_and_files_costs_the_same_queries(public, client):
    def grow(n):
        top_up_updates(public, n)
        top_up_resources(public, n)

    # A third of the files are public: 1 of 3, then a page of 50 of the 134.
    response = assert_paged_at_scale(
        fetch=lambda: client.get(URL),
        grow=grow,
        row_marker='<li class="mb-3">',
        big=400,
        small_shown=1,
    )
    assert 'href="?files=2#files"' in response.content.decode()
