import pytest

from participants.services.membership import participant_add_offline
from sessions.models import Attendance


def url(session):
    return f"/projects/{session.project.slug}/sessions/{session.pk}/replies/record/"


def test_a_facilitator_records_an_offline_reply(cast, client_as, session):
    kirsty = participant_add_offline(
        project=cast.project, by=cast.lead, display_name="Kirsty", role="young_person"
    )
    response = client_as("facilitator").post(
        url(session), {"participant": kirsty.pk, "reply": "yes", "needs_travel": "on"}, follow=True
    )
    assert "Reply recorded for Kirsty: yes, i&#x27;ll come." in response.content.decode()
    attendance = Attendance.objects.get()
    assert attendance.participant == kirsty and attendance.recorded_by == cast.facilitator
    assert attendance.needs_travel


def test_without_a_person_nothing_is_saved(cast, client_as, session):
    response = client_as("lead").post(url(session), {"reply": "yes"})
    assert "Choose who replied." in response.content.decode()
    assert not Attendance.objects.exists()


def test_someone_from_another_project_cannot_be_chosen(cast, client_as, session):
    from tests.factories import ParticipantFactory

    stranger = ParticipantFactory()
    response = client_as("lead").post(url(session), {"participant": stranger.pk, "reply": "yes"})
    assert response.status_code == 200 and not Attendance.objects.exists()


@pytest.mark.parametrize("who", ["local_lead", "young_person", "staff", "manager"])
def test_it_requires_a_lead_or_facilitator(cast, client_as, session, who):
    assert client_as(who).get(url(session)).status_code == 403


def test_it_hides_the_project_from_outsiders(cast, client_as, session):
    assert client_as("outsider").get(url(session)).status_code == 404


def test_it_sends_anonymous_people_to_sign_in(cast, client_as, session):
    assert "/accounts/login/" in client_as("anonymous").get(url(session)).url


def test_it_rejects_patch(cast, client_as, session):
    assert client_as("lead").patch(url(session)).status_code == 405
