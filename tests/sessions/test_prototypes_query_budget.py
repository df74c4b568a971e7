"""The gallery and an idea's page cost the same number of queries at 3 and at 50 rows."""

import pytest

from sessions.models import Comment
from tests.sessions.prototype_helpers import add_picture, make_prototype, open_round, url


@pytest.mark.parametrize("count", [3, 50])
def test_the_gallery_holds_its_budget(cast, client_as, django_assert_max_num_queries, count):
    for n in range(count):
        prototype = make_prototype(cast, title=f"Idea {n}")
        Comment.objects.create(prototype=prototype, author=cast.participants["staff"], body="Hi")
    add_picture(cast, prototype)
    client = client_as("young_person")
    with django_assert_max_num_queries(12):
        response = client.get(f"/projects/{cast.project.slug}/prototypes/")
    assert response.status_code == 200


@pytest.mark.parametrize("count", [3, 50])
def test_an_idea_page_holds_its_budget(cast, client_as, django_assert_max_num_queries, count):
    prototype = make_prototype(cast)
    add_picture(cast, prototype)
    open_round(prototype)
    roles = ["young_person", "staff", "manager", "lead"]
    parents = []
    for n in range(count):
        parent = parents[n % 3] if n > 2 else None
        made = Comment.objects.create(
            prototype=prototype,
            author=cast.participants[roles[n % 4]],
            body=f"Comment {n}",
            hide_name=n % 2 == 0,
            parent=parent,
        )
        parents.append(made)
    client = client_as("facilitator")
    with django_assert_max_num_queries(16):
        response = client.get(url(prototype))
    assert response.content.decode().count('class="comment mb-3"') == count
