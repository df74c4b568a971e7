"""Who sees whose name on a comment posted with the name hidden from other participants."""

import pytest

from sessions.models import Comment
from tests.sessions.prototype_helpers import comment, make_prototype, url

SEE_NAMES = {"lead", "facilitator", "young_person"}  # those who keep people safe, and the author


@pytest.mark.parametrize(
    "who", ["lead", "local_lead", "facilitator", "young_person", "staff", "manager"]
)
def test_a_hidden_name_shows_only_to_leads_facilitators_and_the_author(cast, client_as, who):
    prototype = make_prototype(cast, by="staff")
    cast.participants["young_person"].display_name = "Jade Mc"
    cast.participants["young_person"].save()
    comment(cast, prototype, "young_person", body="Put the bus times in it", hide_name=True)
    page = client_as(who).get(url(prototype)).content.decode()
    assert "Put the bus times in it" in page
    assert ("Jade Mc" in page) is (who in SEE_NAMES)
    assert ("A member of the project" in page) is (who not in SEE_NAMES)


def test_a_name_shown_is_shown_to_everyone(cast, client_as):
    prototype = make_prototype(cast, by="lead")
    comment(cast, prototype, "staff", body="We could hand it out at reviews")
    page = client_as("manager").get(url(prototype)).content.decode()
    assert "Frontline staff" in page


def test_comments_are_in_time_order_whatever_the_role(cast, client_as):
    prototype = make_prototype(cast)
    for who in ["young_person", "manager", "staff", "lead"]:
        comment(cast, prototype, who, body=f"said by {who}")
    page = client_as("staff").get(url(prototype)).content.decode()
    positions = [
        page.index(f"said by {who}") for who in ["young_person", "manager", "staff", "lead"]
    ]
    assert positions == sorted(positions)


def test_posting_a_comment_without_javascript_redirects_to_the_comment(cast, client_as):
    prototype = make_prototype(cast)
    response = client_as("staff").post(url(prototype, "comments/"), {"body": "Good idea"})
    comment = Comment.objects.get()
    assert response.status_code == 302 and response.url == url(prototype, f"#comment-{comment.pk}")
    assert comment.author == cast.participants["staff"]


def test_posting_with_htmx_returns_the_comments_section_only(cast, client_as):
    prototype = make_prototype(cast)
    response = client_as("manager").post(
        url(prototype, "comments/"), {"body": "Try it in Oban"}, HTTP_HX_REQUEST="true"
    )
    page = response.content.decode()
    assert response.status_code == 200
    assert page.lstrip().startswith('<section id="comments"') and "Try it in Oban" in page
    assert "<html" not in page


def test_a_reply_sits_under_its_comment(cast, client_as):
    prototype = make_prototype(cast)
    first = comment(cast, prototype, "staff", body="First")
    client_as("young_person").post(
        url(prototype, "comments/"), {"body": "Yes!", "parent": first.pk}
    )
    assert Comment.objects.get(body="Yes!").parent == first


@pytest.mark.parametrize("body", ["", "   \n  "])
def test_an_empty_comment_is_refused_with_a_message(cast, client_as, body):
    prototype = make_prototype(cast)
    response = client_as("staff").post(url(prototype, "comments/"), {"body": body})
    assert response.status_code == 422
    assert "Write something before you post." in response.content.decode()
    assert not Comment.objects.exists()


def test_an_empty_comment_with_htmx_shows_the_message_in_place(cast, client_as):
    prototype = make_prototype(cast)
    response = client_as("staff").post(
        url(prototype, "comments/"), {"body": ""}, HTTP_HX_REQUEST="true"
    )
    assert response.status_code == 422
    assert "Write something before you post." in response.content.decode()


def test_html_and_script_in_a_comment_show_as_text(cast, client_as):
    prototype = make_prototype(cast)
    client_as("staff").post(
        url(prototype, "comments/"), {"body": "<script>alert(1)</script><b>hi</b>"}
    )
    page = client_as("young_person").get(url(prototype)).content.decode()
    assert "<script>alert(1)</script>" not in page and "<b>hi</b>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page


def test_the_author_edits_their_comment(cast, client_as):
    prototype = make_prototype(cast)
    written = comment(cast, prototype, "staff", body="Frist")
    response = client_as("staff").post(
        url(prototype, f"comments/{written.pk}/edit/"), {"body": "First"}
    )
    assert response.status_code == 302
    written.refresh_from_db()
    assert written.body == "First" and written.edited_at is not None


def test_editing_to_nothing_is_refused_and_keeps_the_words(cast, client_as):
    prototype = make_prototype(cast)
    written = comment(cast, prototype, "staff", body="Keep me")
    response = client_as("staff").post(
        url(prototype, f"comments/{written.pk}/edit/"), {"body": " "}
    )
    assert (
        response.status_code == 200
        and "Write something before you post." in response.content.decode()
    )
    written.refresh_from_db()
    assert written.body == "Keep me"


def test_someone_else_cannot_edit_or_delete_a_comment(cast, client_as):
    prototype = make_prototype(cast)
    written = comment(cast, prototype, "staff", body="Mine")
    client = client_as("lead")
    assert (
        client.post(url(prototype, f"comments/{written.pk}/edit/"), {"body": "x"}).status_code
        == 403
    )
    assert client.post(url(prototype, f"comments/{written.pk}/delete/")).status_code == 403
    written.refresh_from_db()
    assert written.body == "Mine" and written.deleted_at is None


def test_the_author_deletes_their_comment_and_replies_stay(cast, client_as):
    prototype = make_prototype(cast)
    written = comment(cast, prototype, "staff", body="Delete me")
    comment(cast, prototype, "manager", body="A reply", parent=written)
    assert (
        client_as("staff").post(url(prototype, f"comments/{written.pk}/delete/")).status_code == 302
    )
    page = client_as("manager").get(url(prototype)).content.decode()
    assert "Delete me" not in page and "A reply" in page
    assert "Deleted by the person who wrote it." in page


def test_posting_needs_post(cast, client_as):
    prototype = make_prototype(cast)
    assert client_as("staff").get(url(prototype, "comments/")).status_code == 405
