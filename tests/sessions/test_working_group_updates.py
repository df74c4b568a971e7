"""The working group's own updates: posted from its page by its members, leads and
facilitators, shown there (the newest few) and on the updates page, marked as the group's."""

from datetime import timedelta

import pytest
from django.utils import timezone

from projects.models import AuditEntry, Project, Update
from tests.conftest import MEMBER_ROLES
from tests.factories import UpdateFactory
from tests.helpers import assert_query_budget

GOOD = {
    "title": "  What we agreed   in March ",
    "body": "Drop-ins move to Thursdays.\n\nAll welcome.",
}


def page(project):
    return f"/projects/{project.slug}/working-group/"


def url(project):
    return f"/projects/{project.slug}/working-group/updates/new/"


def join(cast, who):
    cast.participants[who].in_working_group = True
    cast.participants[who].save()


def group_update(cast, title, days_ago=0, **fields):
    return UpdateFactory(
        project=cast.project,
        title=title,
        author=cast.lead,
        for_working_group=True,
        is_public=False,
        published_at=timezone.now() - timedelta(days=days_ago),
        **fields,
    )


def test_a_young_person_in_the_group_posts_an_update(cast, client_as):
    join(cast, "young_person")
    client = client_as("young_person")
    form = client.get(url(cast.project))
    assert form.status_code == 200 and "Post an update for the working group" in form.text
    version = Project.objects.get(pk=cast.project.pk).data_version
    response = client.post(url(cast.project), GOOD, follow=True)
    assert response.redirect_chain == [(page(cast.project), 302)]
    assert "Update posted: “What we agreed in March”." in response.text
    update = Update.objects.get()
    assert update.project == cast.project and update.author == cast.young_person
    assert (update.title, update.body) == ("What we agreed in March", GOOD["body"])
    assert update.for_working_group and not update.is_public
    # Shown on the group's page, and cached figures move on to a new version.
    assert "<p>Drop-ins move to Thursdays.</p>" in response.text
    assert Project.objects.get(pk=cast.project.pk).data_version == version + 1
    entry = AuditEntry.objects.get(action="update_post")
    assert entry.actor == cast.young_person and entry.detail == {"for_working_group": True}


@pytest.mark.parametrize("who", ["lead", "facilitator"])
def test_leads_and_facilitators_post_without_being_in_the_group(cast, client_as, who):
    response = client_as(who).post(url(cast.project), GOOD)
    assert response["Location"] == page(cast.project)
    assert Update.objects.get().for_working_group


def test_the_form_has_no_public_page_choice(cast, client_as):
    """Only a lead puts updates on the public page, by editing them on the updates page."""
    body = client_as("lead").get(url(cast.project)).text
    assert 'name="is_public"' not in body
    client_as("lead").post(url(cast.project), {**GOOD, "is_public": "on"})
    assert not Update.objects.get().is_public


@pytest.mark.parametrize("who", [r for r in MEMBER_ROLES if r not in {"lead", "facilitator"}])
def test_members_outside_the_group_get_403(cast, client_as, who):
    client = client_as(who)
    assert client.get(url(cast.project)).status_code == 403
    assert client.post(url(cast.project), GOOD).status_code == 403
    assert not Update.objects.exists()
    assert "Post an update for the group" not in client.get(page(cast.project)).text


def test_anonymous_outsider_and_wrong_method(cast, client, client_as):
    response = client.post(url(cast.project), GOOD)
    assert response["Location"].startswith("/accounts/login/")
    assert client_as("outsider").post(url(cast.project), GOOD).status_code == 404
    lead = client_as("lead")
    assert lead.put(url(cast.project)).status_code == 405
    assert lead.delete(url(cast.project)).status_code == 405
    assert not Update.objects.exists()


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"body": " \n "}, "Write the update before posting it."),
        ({"title": "   "}, "Give the update a title."),
        ({"title": "x" * 201}, "Keep the title to 200 characters or fewer (it has 201)."),
    ],
)
def test_bad_input_shows_the_form_again_and_saves_nothing(cast, client_as, changes, message):
    join(cast, "staff")
    response = client_as("staff").post(url(cast.project), {**GOOD, **changes})
    assert response.status_code == 200
    assert "There is a problem" in response.text and message in response.text
    if "body" not in changes:
        assert "Drop-ins move to Thursdays." in response.text
    assert not Update.objects.exists()


def test_the_page_shows_the_newest_few_group_updates_and_links_to_all(cast, client_as):
    for n in range(4):
        group_update(cast, f"Group news {n}", days_ago=n)
    UpdateFactory(project=cast.project, title="Project news")
    body = client_as("manager").get(page(cast.project)).text
    shown = [f"Group news {n}" in body for n in range(4)]
    assert shown == [True, True, True, False]
    assert body.index("Group news 0") < body.index("Group news 1")
    assert "Project news" not in body
    assert "All the group's updates" in body
    assert "/updates/?from=working-group" in body


def test_an_empty_list_says_so_and_offers_to_post(cast, client_as):
    join(cast, "young_person")
    body = client_as("young_person").get(page(cast.project)).text
    assert "The group has not posted an update yet." in body
    assert "Post an update for the group" in body


def test_a_long_update_is_shortened_on_the_group_page(cast, client_as):
    group_update(cast, "Long news", body=" ".join(["word"] * 80) + " ending")
    body = client_as("staff").get(page(cast.project)).text
    assert "ending" not in body and "word …" in body


def test_query_budget_at_3_and_50_group_updates(cast, client_as):
    join(cast, "young_person")
    client = client_as("young_person")

    def grow(n):
        for i in range(cast.project.updates.count(), n):
            group_update(cast, f"Group news {i}")

    # With the rounds of places, the notes left for the next members and a member's own term.
    assert_query_budget(fetch=lambda: client.get(page(cast.project)), grow=grow, budget=15)
