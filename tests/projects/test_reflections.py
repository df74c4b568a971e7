"""Reflections: any member adds what helped, what was hard, a strength or advice; names are
never shown beside them."""

import pytest

from projects.models import Reflection
from tests.conftest import MEMBER_ROLES
from tests.helpers import assert_query_budget


def url(project):
    return f"/projects/{project.slug}/reflections/"


@pytest.mark.parametrize("who", MEMBER_ROLES)
def test_any_member_adds_a_reflection(cast, client_as, who):
    client = client_as(who)
    response = client.post(
        url(cast.project), {"kind": "helped", "text": "  The lead was independent. "}
    )
    assert response.status_code == 302
    reflection = Reflection.objects.get()
    assert reflection.text == "The lead was independent."
    assert reflection.author == cast.users[who] and reflection.project == cast.project
    body = client.get(url(cast.project)).content.decode()
    assert "The lead was independent." in body and "What helped (1)" in body
    assert cast.users[who].name not in body.split("Reflections</h1>")[1]


def test_bad_input_is_explained_and_nothing_saved(cast, client_as):
    client = client_as("young_person")
    body = client.post(url(cast.project), {"kind": "gossip", "text": ""}).content.decode()
    assert "Select a valid choice" in body and "Write your reflection" in body
    long = client.post(url(cast.project), {"kind": "advice", "text": "x" * 1001}).content.decode()
    assert "Keep it to 1,000 characters" in long
    assert not Reflection.objects.exists()


def test_it_filters_by_kind_and_pages(cast, client_as):
    for n in range(35):
        Reflection.objects.create(project=cast.project, kind="advice", text=f"Advice {n:02d}")
    Reflection.objects.create(project=cast.project, kind="difficulty", text="Time was hard")
    client = client_as("staff")
    only = client.get(url(cast.project) + "?kind=difficulty").content.decode()
    assert "Time was hard" in only and "Advice 01" not in only
    assert "Page 1 of 2" in client.get(url(cast.project)).content.decode()


def test_anonymous_outsider_and_wrong_method(cast, client, client_as):
    assert client.get(url(cast.project))["Location"].startswith("/accounts/login/")
    assert (
        client_as("outsider")
        .post(url(cast.project), {"kind": "helped", "text": "Hi there"})
        .status_code
        == 404
    )
    assert client_as("lead").put(url(cast.project)).status_code == 405
    assert not Reflection.objects.exists()


def test_query_budget_at_3_and_50(cast, client_as):
    client = client_as("young_person")

    def grow(n):
        while Reflection.objects.count() < n:
            Reflection.objects.create(project=cast.project, kind="strength", text="Good")

    assert_query_budget(fetch=lambda: client.get(url(cast.project)), grow=grow, budget=10)


def test_a_person_s_reflections_are_in_their_data_and_go_if_they_ask(cast):
    from participants.registries.personal_data import personal_data
    from participants.services.account import user_delete

    Reflection.objects.create(
        project=cast.project, author=cast.young_person, kind="advice", text="Ask early."
    )
    Reflection.objects.create(
        project=cast.project, author=cast.staff, kind="helped", text="Free rooms."
    )
    held = {source["key"]: source["rows"] for source in personal_data.collect(cast.young_person)}
    rows = held["reflections"]
    assert rows == [
        {
            "Project": cast.project.title,
            "About": "Advice to others",
            "What you wrote": "Ask early.",
            "When": Reflection.objects.get(text="Ask early.").written_in.strftime("%B %Y"),
        }
    ]
    user_delete(user=cast.young_person, remove_contributions=True)
    user_delete(user=cast.staff, remove_contributions=False)
    assert list(Reflection.objects.values_list("text", "author")) == [("Free rooms.", None)]


def test_only_the_month_it_was_written_is_kept_and_shown(cast, client_as):
    from django.utils import timezone

    client = client_as("young_person")
    client.post(url(cast.project), {"kind": "helped", "text": "Evening sessions."})
    reflection = Reflection.objects.get()
    today = timezone.localdate()
    assert reflection.written_in == today.replace(day=1)
    assert not hasattr(reflection, "created_at")
    body = client.get(url(cast.project)).content.decode()
    assert f'<time datetime="{today:%Y-%m}">{today:%B %Y}</time>' in body
