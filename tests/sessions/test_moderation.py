"""Reporting, hiding with a reason, the author's message, asking for another look."""

from django.core import mail

from participants.models import Notification
from projects.models import AuditEntry
from sessions.models import Comment, CommentReport
from sessions.prototypes.services.moderation import comment_hide
from tests.helpers import assert_query_budget
from tests.sessions.prototype_helpers import comment, make_prototype, url

HIDDEN_MESSAGE = (
    "Your comment on “Friends' pack” has been hidden by a facilitator.\n\n"
    "Why: It names someone who is not in the project.\n\n"
    "Nothing has been deleted, and you can still see it. If you think this was a mistake, "
    "open the idea's page and choose “Ask for another look”."
)


def test_a_member_reports_a_comment(cast, client_as):
    prototype = make_prototype(cast)
    written = comment(cast, prototype, "staff")
    response = client_as("young_person").post(
        url(prototype, f"comments/{written.pk}/report/"), {"reason": "It is unkind"}
    )
    assert response.status_code == 302
    report = CommentReport.objects.get()
    assert report.reporter == cast.participants["young_person"] and report.closed_at is None


def test_a_report_needs_a_reason(cast, client_as):
    prototype = make_prototype(cast)
    written = comment(cast, prototype, "staff")
    response = client_as("manager").post(
        url(prototype, f"comments/{written.pk}/report/"), {"reason": ""}
    )
    assert "Say what is wrong" in response.content.decode()
    assert not CommentReport.objects.exists()


def test_nobody_reports_their_own_comment(cast, client_as):
    prototype = make_prototype(cast)
    written = comment(cast, prototype, "staff")
    response = client_as("staff").post(
        url(prototype, f"comments/{written.pk}/report/"), {"reason": "x"}
    )
    assert response.status_code == 400
    assert "You cannot report your own comment." in response.content.decode()
    assert not CommentReport.objects.exists()


def test_reporting_twice_is_refused_kindly(cast, client_as):
    prototype = make_prototype(cast)
    written = comment(cast, prototype, "staff")
    client = client_as("manager")
    client.post(url(prototype, f"comments/{written.pk}/report/"), {"reason": "Rude"})
    response = client.post(url(prototype, f"comments/{written.pk}/report/"), {"reason": "Rude"})
    assert response.status_code == 400 and "already reported" in response.content.decode()
    assert CommentReport.objects.count() == 1


def test_a_facilitator_hides_a_comment_and_the_author_is_told_why(cast, client_as):
    prototype = make_prototype(cast)
    written = comment(cast, prototype, "young_person", body="Sam from Dunoon is useless")
    CommentReport.objects.create(comment=written, reporter=cast.participants["staff"], reason="x")
    response = client_as("facilitator").post(
        url(prototype, f"comments/{written.pk}/hide/"),
        {"reason": "It names someone who is not in the project."},
    )
    assert response.status_code == 302
    written.refresh_from_db()
    assert written.is_hidden and written.body == "Sam from Dunoon is useless"
    assert written.hidden_by == cast.participants["facilitator"]
    assert Notification.objects.get(user=cast.young_person).body == HIDDEN_MESSAGE
    assert mail.outbox and HIDDEN_MESSAGE in mail.outbox[-1].body
    assert not CommentReport.objects.filter(closed_at__isnull=True).exists()
    assert AuditEntry.objects.filter(action="comment_hide").exists()


def test_hiding_needs_a_reason_and_changes_nothing_without_one(cast, client_as):
    prototype = make_prototype(cast)
    written = comment(cast, prototype, "staff")
    response = client_as("lead").post(
        url(prototype, f"comments/{written.pk}/hide/"), {"reason": ""}
    )
    assert "Give a reason" in response.content.decode()
    written.refresh_from_db()
    assert not written.is_hidden and not Notification.objects.exists()


def test_young_people_and_staff_cannot_hide(cast, client_as):
    prototype = make_prototype(cast)
    written = comment(cast, prototype, "manager")
    for who in ["young_person", "staff", "local_lead"]:
        response = client_as(who).post(
            url(prototype, f"comments/{written.pk}/hide/"), {"reason": "x"}
        )
        assert response.status_code == 403
    written.refresh_from_db()
    assert not written.is_hidden


def _hide(cast, written):
    return comment_hide(
        comment=written,
        by=cast.facilitator,
        by_member=cast.participants["facilitator"],
        reason="Too personal",
    )


def test_a_hidden_comment_shows_to_its_author_and_runners_but_not_to_others(cast, client_as):
    prototype = make_prototype(cast)
    written = comment(cast, prototype, "young_person", body="Words only some see")
    _hide(cast, written)
    for who, sees in [
        ("young_person", True),
        ("facilitator", True),
        ("lead", True),
        ("staff", False),
        ("manager", False),
    ]:
        page = client_as(who).get(url(prototype)).content.decode()
        assert ("Words only some see" in page) is sees, who
        assert sees or "Hidden by a facilitator." in page


def test_the_author_asks_for_another_look_and_it_comes_first(cast, client_as):
    prototype = make_prototype(cast)
    written = comment(cast, prototype, "young_person")
    _hide(cast, written)
    response = client_as("young_person").post(url(prototype, f"comments/{written.pk}/look-again/"))
    assert response.status_code == 302
    written.refresh_from_db()
    assert written.review_asked_at is not None
    page = client_as("facilitator").get(
        f"/projects/{cast.project.slug}/prototypes/comments-to-look-at/"
    )
    assert "the writer asked for another look" in page.content.decode()


def test_someone_else_cannot_ask_for_another_look(cast, client_as):
    prototype = make_prototype(cast)
    written = comment(cast, prototype, "young_person")
    _hide(cast, written)
    assert (
        client_as("staff").post(url(prototype, f"comments/{written.pk}/look-again/")).status_code
        == 403
    )


def test_showing_again_puts_it_back(cast, client_as):
    prototype = make_prototype(cast)
    written = comment(cast, prototype, "young_person")
    _hide(cast, written)
    client_as("lead").post(url(prototype, f"comments/{written.pk}/show/"))
    written.refresh_from_db()
    assert not written.is_hidden
    assert Comment.objects.count() == 1


def test_the_facilitator_sees_open_reports_first_oldest_first(cast, client_as):
    prototype = make_prototype(cast)
    quiet = comment(cast, prototype, "staff", body="nobody minds this")
    older = comment(cast, prototype, "manager", body="reported first")
    newer = comment(cast, prototype, "lead", body="reported second")
    CommentReport.objects.create(comment=older, reporter=cast.participants["staff"], reason="a")
    CommentReport.objects.create(comment=newer, reporter=cast.participants["staff"], reason="b")
    page = (
        client_as("facilitator")
        .get(f"/projects/{cast.project.slug}/prototypes/comments-to-look-at/")
        .content.decode()
    )
    assert page.index("reported first") < page.index("reported second")
    assert quiet.body not in page


def test_the_facilitator_sees_why_it_was_reported_but_not_who_reported_it(cast, client_as):
    prototype = make_prototype(cast)
    reported = comment(cast, prototype, "manager", body="reported twice")
    for who, reason in [("staff", "It names my neighbour."), ("young_person", "It is unkind.")]:
        CommentReport.objects.create(
            comment=reported, reporter=cast.participants[who], reason=reason
        )
    CommentReport.objects.create(
        comment=reported,
        reporter=cast.participants["local_lead"],
        reason="An old report, already dealt with.",
        closed_at=reported.created_at,
    )
    page = (
        client_as("facilitator")
        .get(f"/projects/{cast.project.slug}/prototypes/comments-to-look-at/")
        .content.decode()
    )
    assert "It names my neighbour." in page and "It is unkind." in page
    assert "An old report, already dealt with." not in page
    for who in ("staff", "young_person", "local_lead"):
        assert cast.participants[who].display_name not in page.split("reported twice")[1]


def test_the_reasons_cost_one_query_however_many_comments_wait(cast, client_as):
    prototype = make_prototype(cast)
    client = client_as("facilitator")

    def grow(n):
        for i in range(Comment.objects.count(), n):
            written = comment(cast, prototype, "manager", body=f"comment {i}")
            CommentReport.objects.create(
                comment=written, reporter=cast.participants["staff"], reason=f"reason {i}"
            )

    assert_query_budget(
        fetch=lambda: client.get(f"/projects/{cast.project.slug}/prototypes/comments-to-look-at/"),
        grow=grow,
        budget=25,
    )
