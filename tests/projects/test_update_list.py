import pytest
from django.utils import timezone

from projects.seed.scale import top_up_updates
from tests.conftest import MEMBER_ROLES
from tests.factories import UpdateFactory
from tests.helpers import assert_paged_at_scale, assert_query_budget

URL = "/projects/care-leavers/updates/"


@pytest.mark.parametrize("who", MEMBER_ROLES)
def test_every_member_reads_all_updates_newest_first(cast, client_as, who):
    now = timezone.now()
    UpdateFactory(project=cast.project, title="Older news", published_at=now.replace(year=2015))
    UpdateFactory(project=cast.project, title="Members only", is_public=False, published_at=now)
    response = client_as(who).get(URL)
    assert response.status_code == 200
    body = response.content.decode()
    assert body.index("Members only") < body.index("Older news")


def test_it_shows_the_body_as_plain_text_with_paragraphs(cast, client_as):
    UpdateFactory(
        project=cast.project,
        body="First paragraph.\n\n<script>alert('x')</script> second <em>one</em>.",
    )
    body = client_as("young_person").get(URL).content.decode()
    assert "<p>First paragraph.</p>" in body
    assert "<script>alert" not in body and "<em>one" not in body
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in body


def test_it_says_who_can_read_each_update(cast, client_as):
    cast.project.is_public = True
    cast.project.save()
    UpdateFactory(project=cast.project, title="Shared", is_public=True)
    UpdateFactory(project=cast.project, title="Ours", is_public=False)
    body = client_as("staff").get(URL).content.decode()
    assert body.count("On the public page.") == 1
    assert body.count("Only for people in the project.") == 1


def test_it_pages_long_lists(cast, client_as):
    now = timezone.now()
    for n in range(22):
        UpdateFactory(project=cast.project, title=f"News {n:02}", published_at=now.replace(day=1))
    client = client_as("manager")
    assert client.get(URL).content.decode().count('class="update card') == 20
    assert client.get(URL + "?page=2").content.decode().count('class="update card') == 2


def test_leads_see_how_to_post_and_change_updates(cast, client_as):
    update = UpdateFactory(project=cast.project)
    body = client_as("lead").get(URL).content.decode()
    assert "Post an update" in body
    assert f"/updates/{update.pk}/edit/" in body and f"/updates/{update.pk}/delete/" in body


@pytest.mark.parametrize("who", [r for r in MEMBER_ROLES if r != "lead"])
def test_others_only_read(cast, client_as, who):
    update = UpdateFactory(project=cast.project)
    body = client_as(who).get(URL).content.decode()
    assert "Post an update" not in body and f"/updates/{update.pk}/edit/" not in body


def test_it_shows_only_this_projects_updates(cast, client_as):
    UpdateFactory(title="Somewhere else")
    assert "Somewhere else" not in client_as("lead").get(URL).content.decode()


def test_outsiders_get_404(cast, client_as):
    UpdateFactory(project=cast.project, title="Private news")
    response = client_as("outsider").get(URL)
    assert response.status_code == 404
    assert "Private news" not in response.content.decode()


def test_query_budget(cast, client_as):
    client = client_as("young_person")

    def grow(n):
        for _ in range(cast.project.updates.count(), n):
            UpdateFactory(project=cast.project, author=cast.lead)

    assert_query_budget(fetch=lambda: client.get(URL), grow=grow, budget=7)


def test_a_page_of_2000_updates_holds_20_and_costs_the_same_queries(cast, client_as):
    client = client_as("young_person")
    response = assert_paged_at_scale(
        fetch=lambda: client.get(URL),
        grow=lambda n: top_up_updates(cast.project, n, by=cast.lead),
        row_marker='class="update card',
    )
    assert "Page 1 of 100" in response.content.decode()


def test_the_working_groups_updates_are_tagged(cast, client_as):
    UpdateFactory(project=cast.project, title="From the group", for_working_group=True)
    UpdateFactory(project=cast.project, title="From the lead")
    body = client_as("young_person").get(URL).content.decode()
    assert body.count(">Working group</span>") == 1
    assert body.index("From the group") < body.index(">Working group</span>")
    assert "?from=working-group" in body


def test_it_lists_only_the_working_groups_updates_when_asked(cast, client_as):
    UpdateFactory(project=cast.project, title="From the group", for_working_group=True)
    UpdateFactory(project=cast.project, title="From the lead")
    body = client_as("lead").get(URL + "?from=working-group").content.decode()
    assert "Updates from the working group" in body
    assert "From the group" in body and "From the lead" not in body
    assert "See all updates" in body
    # Anything else in the address shows every update.
    body = client_as("lead").get(URL + "?from=nowhere").content.decode()
    assert "From the group" in body and "From the lead" in body


def test_an_empty_working_group_list_says_so(cast, client_as):
    UpdateFactory(project=cast.project, title="From the lead")
    body = client_as("staff").get(URL + "?from=working-group").content.decode()
    assert "The working group has not posted an update yet." in body


def test_the_working_groups_list_pages_and_stays_filtered(cast, client_as):
    now = timezone.now()
    for _ in range(21):
        UpdateFactory(project=cast.project, for_working_group=True, published_at=now)
    UpdateFactory(project=cast.project, title="From the lead", published_at=now)
    client = client_as("manager")
    first = client.get(URL + "?from=working-group").content.decode()
    assert first.count('class="update card') == 20
    assert 'href="?from=working-group&amp;page=2"' in first
    second = client.get(URL + "?from=working-group&page=2").content.decode()
    assert second.count('class="update card') == 1 and "From the lead" not in second


def test_query_budget_of_the_working_groups_list(cast, client_as):
    client = client_as("young_person")

    def grow(n):
        for _ in range(cast.project.updates.count(), n):
            UpdateFactory(project=cast.project, author=cast.lead, for_working_group=True)

    assert_query_budget(fetch=lambda: client.get(URL + "?from=working-group"), grow=grow, budget=7)
