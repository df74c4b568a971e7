"""One code per person: the code on the printed card someone joined with is their check-in
code, and a card printed before they joined still checks them in."""

import pytest
from django.utils import timezone

from participants.identity.codes import grouped
from participants.models import Participant
from participants.services.joining import invitation_accept
from participants.services.membership import participant_add_offline
from sessions.models import Attendance
from tests.factories import InvitationFactory, UserFactory


@pytest.fixture
def session(cast):
    """Cards are checked in on the day: a session this evening, in person."""
    from tests.sessions.conftest import make_session

    return make_session(cast.project, days=0, hour=23)


def url(session):
    return f"/projects/{session.project.slug}/sessions/{session.pk}/check-in/"


def test_joining_with_a_printed_card_makes_its_code_the_check_in_code(cast, client):
    card = InvitationFactory(project=cast.project, invited_by=cast.local_lead)
    jay = UserFactory(email=None, username="jay458", display_name="Jay")
    place = invitation_accept(invitation=card, user=jay)
    assert Participant.objects.get(pk=place.pk).card_code == card.code
    client.force_login(jay)
    assert grouped(card.code) in client.get("/me/sign-in-card/").content.decode()


def test_the_code_of_a_card_someone_joined_with_checks_them_in(cast, client_as, session):
    card = InvitationFactory(project=cast.project, invited_by=cast.local_lead)
    jay = UserFactory(email=None, username="jay458", display_name="Jay")
    place = invitation_accept(invitation=card, user=jay)
    # As for someone who joined before their card's code became their own.
    Participant.objects.filter(pk=place.pk).update(card_code="ACDEFGHJKMNP")
    response = client_as("facilitator").post(
        url(session), {"code": grouped(card.code)}, follow=True
    )
    assert "Jay is checked in." in response.content.decode()
    assert Attendance.objects.get(participant=place).attended


def test_the_printed_code_of_someone_taking_part_offline_checks_them_in(cast, client_as, session):
    kirsty = participant_add_offline(
        project=cast.project, by=cast.lead, display_name="Kirsty", role="young_person"
    )
    card = InvitationFactory(project=cast.project, participant=kirsty)
    response = client_as("facilitator").post(
        url(session), {"code": grouped(card.code)}, follow=True
    )
    assert "Kirsty is checked in." in response.content.decode()


def test_an_invitation_nobody_has_used_checks_no_one_in(cast, client_as, session):
    card = InvitationFactory(
        project=cast.project, expires_at=timezone.now() + timezone.timedelta(1)
    )
    response = client_as("facilitator").post(
        url(session), {"code": grouped(card.code)}, follow=True
    )
    assert "No one has this code" in response.content.decode()
    assert not Attendance.objects.exists()


def test_a_card_from_another_project_checks_no_one_in(cast, client_as, session):
    other = InvitationFactory()
    jay = UserFactory(email=None, username="jay459", display_name="Jay")
    place = invitation_accept(invitation=other, user=jay)
    Participant.objects.filter(pk=place.pk).update(card_code="ACDEFGHJKMNP")
    response = client_as("facilitator").post(
        url(session), {"code": grouped(other.code)}, follow=True
    )
    assert "No one has this code" in response.content.decode()
