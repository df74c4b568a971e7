import pytest
from django.utils import timezone

from projects.models import AuditEntry, Update
from tests.conftest import MEMBER_ROLES

URL = "/projects/care-leavers/updates/new/"
GOOD = {
    "title": "  Thursday's session   moves online ",
    "body": "Snow has closed the roads.\n\nWe will meet online instead.",
    "is_public": "on",
}


def test_it_shows_the_form(cast, client_as):
    response = client_as("lead").get(URL)
    assert response.status_code == 200
    assert "Post an update" in response.content.decode()


def test_a_lead_posts_an_update(cast, client_as):
    before = timezone.now()
    response = client_as("lead").post(URL, GOOD, follow=True)
    assert response.redirect_chain == [("/projects/care-leavers/updates/", 302)]
    update = Update.objects.get()
    assert update.project == cast.project
    assert update.title == "Thursday's session moves online"
    assert update.body == GOOD["body"]
    assert update.is_public
    assert update.author == cast.lead
    assert update.published_at >= before
    body = response.content.decode()
    assert "Update posted: “Thursday&#x27;s session moves online”." in body
    assert "<p>Snow has closed the roads.</p>" in body


def test_it_can_be_kept_to_members(cast, client_as):
    client_as("lead").post(URL, {**GOOD, "is_public": ""})
    assert not Update.objects.get().is_public


def test_html_in_the_body_is_kept_as_text_never_run(cast, client_as):
    client = client_as("lead")
    client.post(URL, {**GOOD, "body": "<script>alert('hi')</script>"})
    assert Update.objects.get().body == "<script>alert('hi')</script>"
    body = client.get("/projects/care-leavers/updates/").content.decode()
    assert "<script>alert" not in body
    assert "&lt;script&gt;alert(&#x27;hi&#x27;)&lt;/script&gt;" in body


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"body": " \n\t \r\n "}, "Write the update before posting it."),
        ({"body": ""}, "Write the update before posting it."),
        ({"title": "   "}, "Give the update a title."),
        ({"title": "x" * 201}, "Keep the title to 200 characters or fewer (it has 201)."),
    ],
)
def test_it_refuses_bad_input_and_keeps_what_was_typed(cast, client_as, changes, message):
    response = client_as("lead").post(URL, {**GOOD, **changes})
    assert response.status_code == 200
    body = response.content.decode()
    assert message in body
    if "body" not in changes:
        assert "Snow has closed the roads." in body
    assert not Update.objects.exists()


@pytest.mark.parametrize("who", [r for r in MEMBER_ROLES if r != "lead"])
def test_other_members_get_403(cast, client_as, who):
    client = client_as(who)
    assert client.get(URL).status_code == 403
    assert client.post(URL, GOOD).status_code == 403
    assert not Update.objects.exists()


def test_outsiders_get_404(cast, client_as):
    assert client_as("outsider").post(URL, GOOD).status_code == 404
    assert not Update.objects.exists()


def test_visitors_are_sent_to_sign_in(cast, client):
    response = client.post(URL, GOOD)
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/?next=")
    assert not Update.objects.exists()


def test_posting_is_recorded_and_moves_the_projects_figures_on(cast, client_as):
    version = cast.project.data_version
    client_as("lead").post(URL, GOOD)
    update = Update.objects.get()
    assert not update.for_working_group
    cast.project.refresh_from_db()
    assert cast.project.data_version == version + 1
    entry = AuditEntry.objects.get(action="update_post")
    assert entry.actor == cast.lead and entry.target_id == str(update.pk)
