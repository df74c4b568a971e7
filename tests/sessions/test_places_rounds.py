"""Opening places on the working group, applying, withdrawing and the panel's views."""

import pytest
from django.utils import timezone

from participants.models import Notification
from sessions.models import Application, PanelView, PlacesRound
from tests.sessions.places import apply, open_round


def base(project):
    return f"/projects/{project.slug}/working-group/places/"


def good(cast, **changes):
    today = timezone.localdate()
    data = {
        "places": "2",
        "who_may_apply": "young_people",
        "question_1": "Why would you like to join?",
        "question_2": "What would you bring?",
        "question_3": "When can you come?",
        "question_4": "",
        "closes_on": (today + timezone.timedelta(days=10)).isoformat(),
        "term_starts": (today + timezone.timedelta(days=20)).isoformat(),
        "term_ends": (today + timezone.timedelta(days=385)).isoformat(),
        "panel": [cast.participants["young_person"].pk, cast.participants["staff"].pk],
    }
    return data | changes


def test_a_lead_opens_places_and_the_people_they_are_for_hear(cast, client_as):
    client = client_as("lead")
    assert "Why would you like to join?" in client.get(base(cast.project) + "new/").content.decode()
    response = client.post(base(cast.project) + "new/", good(cast))
    places_round = PlacesRound.objects.get()
    assert response["Location"] == places_round.get_absolute_url()
    assert places_round.questions == [
        "Why would you like to join?",
        "What would you bring?",
        "When can you come?",
    ]
    assert set(places_round.panel.all()) == {
        cast.participants["young_person"],
        cast.participants["staff"],
    }
    subjects = {(n.user, n.subject) for n in Notification.objects.all()}
    assert (cast.young_person, "You are on the panel for places on the working group") in subjects
    assert (cast.staff, "You are on the panel for places on the working group") in subjects
    # The only young person is on the panel: no one else is told to apply to this round.
    assert not any("you can apply" in subject for _, subject in subjects)


def test_a_panel_without_a_young_person_is_refused_in_plain_words(cast, client_as):
    panel = [cast.participants["staff"].pk, cast.participants["manager"].pk]
    response = client_as("lead").post(base(cast.project) + "new/", good(cast, panel=panel))
    assert response.status_code == 422
    assert "The panel needs at least one young person." in response.content.decode()
    assert not PlacesRound.objects.exists()


@pytest.mark.parametrize(
    "changes, message",
    [
        ({"places": "0"}, "Offer at least one place."),
        ({"question_2": " "}, "Write at least two questions."),
        ({"closes_on": "2001-01-01"}, "The closing date has passed."),
        ({"term_ends": "2001-01-01"}, "The term ends after it starts."),
        ({"panel": [99999]}, "Choose the panel from the people listed."),
    ],
)
def test_bad_input_saves_nothing(cast, client_as, changes, message):
    response = client_as("lead").post(base(cast.project) + "new/", good(cast, **changes))
    assert response.status_code == 422
    assert message in response.content.decode()
    assert not PlacesRound.objects.exists()


@pytest.mark.parametrize("who", ["facilitator", "young_person", "staff"])
def test_only_leads_open_places(cast, client_as, who):
    assert client_as(who).post(base(cast.project) + "new/", good(cast)).status_code == 403
    assert not PlacesRound.objects.exists()


def test_anonymous_outsider_and_wrong_method(cast, client, client_as):
    places_round = open_round(cast)
    url = base(cast.project) + "new/"
    assert client.get(url)["Location"].startswith("/accounts/login/")
    assert client_as("outsider").get(url).status_code == 404
    withdraw = base(cast.project) + f"{places_round.pk}/withdraw/"
    assert client_as("staff").get(withdraw).status_code == 405


def test_a_member_applies_on_the_round_page_once_and_may_withdraw(cast, client_as):
    places_round = open_round(cast)
    client = client_as("staff")
    page = client.get(places_round.get_absolute_url()).content.decode()
    assert "Apply for a place" in page
    url = base(cast.project) + f"{places_round.pk}/apply/"
    answers = {"answer_1": "To help", "answer_2": "Ideas", "answer_3": "Evenings"}
    client.post(url, answers)
    client.post(url, answers | {"answer_1": "To help others"})
    application = Application.objects.get()
    assert application.answers == ["To help others", "Ideas", "Evenings"]
    client.post(base(cast.project) + f"{places_round.pk}/withdraw/")
    application.refresh_from_db()
    assert application.status == Application.Status.WITHDRAWN
    client.post(url, answers)
    application.refresh_from_db()
    assert application.status == Application.Status.APPLIED
    assert Application.objects.count() == 1


def test_an_application_with_a_blank_answer_is_refused(cast, client_as):
    places_round = open_round(cast)
    url = base(cast.project) + f"{places_round.pk}/apply/"
    response = client_as("staff").post(url, {"answer_1": "To help", "answer_2": " "})
    assert response.status_code == 422
    assert "Answer “What would you bring?” in a few words." in response.content.decode()
    assert not Application.objects.exists()


def test_no_applying_after_the_closing_date(cast, client_as):
    places_round = open_round(cast)
    PlacesRound.objects.filter(pk=places_round.pk).update(
        closes_on=timezone.localdate() - timezone.timedelta(days=1)
    )
    url = base(cast.project) + f"{places_round.pk}/apply/"
    response = client_as("staff").post(url, {"answer_1": "a", "answer_2": "b", "answer_3": "c"})
    assert response.status_code == 302
    assert not Application.objects.exists()


def test_the_panel_may_not_apply_and_a_link_round_needs_its_link(cast, client_as):
    places_round = open_round(cast)
    assert (
        client_as("manager").get(base(cast.project) + f"{places_round.pk}/apply/").status_code
        == 403
    )
    by_link = open_round(cast, who_may_apply=PlacesRound.WhoMayApply.LINK)
    url = base(cast.project) + f"{by_link.pk}/apply/"
    client = client_as("staff")
    assert client.get(url).status_code == 403
    assert client.get(f"{url}?link={by_link.link_code}").status_code == 200


def test_only_the_panel_and_leads_read_applications(cast, client_as):
    places_round = open_round(cast)
    application = apply(places_round, cast.participants["staff"])
    url = base(cast.project) + f"{places_round.pk}/applications/{application.pk}/"
    for who in ("lead", "young_person", "manager"):
        assert "To help" in client_as(who).get(url).content.decode(), who
    for who in ("facilitator", "local_lead", "staff"):
        assert client_as(who).get(url).status_code == 403, who
        assert "To help" not in client_as(who).get(places_round.get_absolute_url()).content.decode()
    assert client_as("outsider").get(url).status_code == 404


def test_a_panel_member_gives_a_view_and_can_change_it(cast, client_as):
    places_round = open_round(cast)
    application = apply(places_round, cast.participants["staff"])
    url = base(cast.project) + f"{places_round.pk}/applications/{application.pk}/"
    client = client_as("young_person")
    client.post(url, {"view": "maybe", "note": "Keen"})
    client.post(url, {"view": "yes", "note": "Keen and kind"})
    given = PanelView.objects.get()
    assert (given.view, given.note, given.member) == (
        "yes",
        "Keen and kind",
        cast.participants["young_person"],
    )
    bad = client.post(url, {"view": "perhaps"})
    assert bad.status_code == 422
    assert PanelView.objects.get().view == "yes"
    # A lead reads the views but is not on this panel.
    assert client_as("lead").post(url, {"view": "no"}).status_code == 403


def test_query_budget_of_the_round_page_at_3_and_50_applications(cast, client_as):
    from tests.factories import ParticipantFactory
    from tests.helpers import assert_query_budget

    places_round = open_round(cast)
    client = client_as("manager")

    def grow(n):
        for _ in range(n - places_round.applications.count()):
            application = apply(places_round, ParticipantFactory(project=cast.project))
            PanelView.objects.create(
                application=application, member=cast.participants["manager"], view="yes"
            )

    assert_query_budget(
        fetch=lambda: client.get(places_round.get_absolute_url()), grow=grow, budget=14
    )


def test_the_overview_tells_the_people_a_round_is_for_until_they_apply(cast, client_as):
    places_round = open_round(cast)
    overview = f"/projects/{cast.project.slug}/"
    words = "See the places and apply"
    assert words in client_as("staff").get(overview).content.decode()
    # The panel does not apply.
    assert words not in client_as("manager").get(overview).content.decode()
    apply(places_round, cast.participants["staff"])
    assert words not in client_as("staff").get(overview).content.decode()
    by_link = open_round(cast, who_may_apply=PlacesRound.WhoMayApply.LINK)
    assert by_link and words not in client_as("staff").get(overview).content.decode()
