import pytest

from participants.models import Participant

URL = "/projects/care-leavers/people/offline/new/"


def test_a_lead_adds_someone_who_takes_part_offline(cast, client_as):
    response = client_as("lead").post(URL, {"display_name": "  Kirsty  ", "role": "young_person"})
    kirsty = Participant.objects.get(display_name="Kirsty")
    assert response["Location"] == f"/projects/care-leavers/people/{kirsty.pk}/"
    assert (kirsty.user, kirsty.status, kirsty.role, kirsty.invited_by) == (
        None,
        "active",
        "young_person",
        cast.lead,
    )
    body = client_as("lead").get("/projects/care-leavers/people/").content.decode()
    assert "Kirsty" in body and "Takes part offline" in body


def test_the_form_explains_no_email_is_needed(cast, client_as):
    body = client_as("lead").get(URL).content.decode()
    assert "They need no email address." in body


def test_a_name_is_needed(cast, client_as):
    response = client_as("lead").post(URL, {"display_name": "   ", "role": "young_person"})
    assert response.status_code == 200
    assert "Type their name." in response.content.decode()
    assert Participant.objects.filter(user__isnull=True).count() == 0


@pytest.mark.parametrize("who", ["local_lead", "facilitator", "young_person", "staff", "manager"])
def test_only_leads_add_people(cast, client_as, who):
    assert client_as(who).get(URL).status_code == 403
    assert client_as(who).post(URL, {"display_name": "K", "role": "staff"}).status_code == 403
    assert Participant.objects.filter(user__isnull=True).count() == 0


def test_visitors_are_sent_to_sign_in(cast, client):
    assert (
        "/accounts/login/" in client.post(URL, {"display_name": "K", "role": "staff"})["Location"]
    )
    assert Participant.objects.filter(user__isnull=True).count() == 0
