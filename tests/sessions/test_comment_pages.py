"""A long conversation comes 20 threads a page, a reply stays on its thread's page, posting
lands on the page the new comment is on, and only the reply form asked for is on the page."""

from datetime import timedelta

from django.utils import timezone

from sessions.models import Comment
from tests.helpers import assert_query_budget
from tests.sessions.prototype_helpers import make_prototype, url


def threads(prototype, n, who):
    start = timezone.now() - timedelta(days=1)
    return Comment.objects.bulk_create(
        Comment(
            prototype=prototype,
            author=who,
            body=f"Thread {i:02}",
            created_at=start + timedelta(minutes=i),
        )
        for i in range(n)
    )


def test_comments_come_twenty_threads_a_page_with_their_replies(cast, client_as):
    prototype = make_prototype(cast)
    made = threads(prototype, 45, cast.participants["staff"])
    Comment.objects.create(
        prototype=prototype, parent=made[25], author=cast.participants["manager"], body="A reply"
    )
    client = client_as("young_person")
    first = client.get(url(prototype)).content.decode()
    assert "Thread 00" in first and "Thread 19" in first and "Thread 20" not in first
    assert "Page 1 of 3" in first and 'aria-label="Pages of comments"' in first
    second = client.get(url(prototype), {"comments": "2"}).content.decode()
    assert "Thread 25" in second and "A reply" in second and "Thread 19" not in second


def test_only_the_reply_form_asked_for_is_on_the_page(cast, client_as):
    prototype = make_prototype(cast)
    made = threads(prototype, 3, cast.participants["staff"])
    client = client_as("young_person")
    page = client.get(url(prototype)).content.decode()
    assert page.count('name="parent"') == 0
    assert f'href="?reply_to={made[1].pk}#reply-{made[1].pk}-form"' in page
    asked = client.get(url(prototype), {"reply_to": str(made[1].pk)}).content.decode()
    assert asked.count('name="parent"') == 1 and f'value="{made[1].pk}"' in asked
    # Nonsense asks for nothing, and is not an error.
    odd = client.get(url(prototype), {"reply_to": "x' or 1=1", "comments": "99"})
    assert odd.status_code == 200 and odd.content.decode().count('name="parent"') == 0


def test_posting_lands_on_the_page_the_comment_is_on(cast, client_as):
    prototype = make_prototype(cast)
    made = threads(prototype, 41, cast.participants["staff"])
    client = client_as("young_person")
    response = client.post(url(prototype, "comments/"), {"body": "The newest"})
    newest = Comment.objects.get(body="The newest")
    assert response.url == url(prototype, f"?comments=3#comment-{newest.pk}")
    reply = client.post(url(prototype, "comments/"), {"body": "Me too", "parent": made[21].pk})
    mine = Comment.objects.get(body="Me too")
    assert reply.url == url(prototype, f"?comments=2#comment-{mine.pk}")
    swapped = client.post(url(prototype, "comments/"), {"body": "By htmx"}, HTTP_HX_REQUEST="true")
    assert "By htmx" in swapped.content.decode() and "Page 3 of 3" in swapped.content.decode()


def test_the_idea_page_costs_the_same_with_more_comments(cast, client_as):
    prototype = make_prototype(cast)
    client = client_as("facilitator")

    def grow(n):
        have = Comment.objects.filter(parent__isnull=True).count()
        made = threads(prototype, n - have, cast.participants["staff"]) if n > have else []
        for thread in made:
            Comment.objects.create(
                prototype=prototype, parent=thread, author=cast.participants["lead"], body="Yes"
            )

    assert_query_budget(fetch=lambda: client.get(url(prototype)), grow=grow, budget=30)
