""" "Ask me about future work" in a project's welcome step (the support needs page), and the
message a person gets when they leave a project."""

import datetime

from django.utils import timezone

from participants.models import FutureWork, Notification, SupportNeeds
from participants.services.membership import participant_mark_left

URL = "/projects/care-leavers/my-needs/?step=welcome"


def test_the_welcome_step_has_it_as_an_optional_part(cast, client_as):
    body = client_as("young_person").get(URL).content.decode()
    assert "Future work (optional)" in body and "Ask me about future work" in body


def test_saying_yes_in_the_welcome_step_saves_it_with_the_needs(cast, client_as):
    response = client_as("young_person").post(
        URL,
        {"travel": "on", "future-wants_asking": "on", "future-availability": ["weekends"]},
    )
    assert response["Location"] == "/projects/care-leavers/"
    assert SupportNeeds.objects.get(participant=cast.participants["young_person"]).travel
    answer = FutureWork.objects.get(user=cast.young_person)
    assert answer.wants_asking and answer.availability == ["weekends"]


def test_leaving_it_alone_saves_no_answer(cast, client_as):
    client_as("young_person").post(URL, {"travel": "on"})
    assert SupportNeeds.objects.exists() and not FutureWork.objects.exists()


def test_a_break_in_the_past_stops_the_whole_page_saving(cast, client_as):
    day = timezone.localdate() - datetime.timedelta(days=3)
    response = client_as("young_person").post(
        URL, {"travel": "on", "future-wants_asking": "on", "future-break_until": day.isoformat()}
    )
    assert response.status_code == 200
    assert "The end of your break must be today" in response.content.decode()
    assert not SupportNeeds.objects.exists() and not FutureWork.objects.exists()


def test_the_team_typing_someones_needs_do_not_see_it(cast, client_as):
    from tests.factories import ParticipantFactory

    offline = ParticipantFactory(project=cast.project, user=None, display_name="Kirsty")
    url = f"/projects/care-leavers/needs/{offline.pk}/"
    body = client_as("lead").get(url).content.decode()
    assert "What helps Kirsty take part" in body and "Future work" not in body


def test_leaving_a_project_offers_it(cast):
    participant_mark_left(participant=cast.participants["young_person"], by=cast.lead)
    told = Notification.objects.get(user=cast.young_person)
    assert told.subject == "Thank you for taking part in Support for care leavers"
    assert "/me/future-work/" in told.body and told.link == "/me/future-work/"


def test_someone_who_already_said_yes_is_not_asked_again_when_leaving(cast):
    FutureWork.objects.create(user=cast.young_person, wants_asking=True)
    participant_mark_left(participant=cast.participants["young_person"], by=cast.lead)
    assert not Notification.objects.filter(user=cast.young_person).exists()
