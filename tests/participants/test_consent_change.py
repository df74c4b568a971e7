"""/projects/<slug>/consent/: a member changes their answers; the history is kept."""

import pytest

from participants.models import Consent
from tests.conftest import MEMBER_ROLES
from tests.participants.people import ALL_YES, consent_for

URL = "/projects/care-leavers/consent/"


@pytest.mark.parametrize("who", MEMBER_ROLES)
def test_members_change_an_answer_and_the_old_one_is_kept(cast, client_as, who):
    participant = cast.participants[who]
    for purpose, level in ALL_YES.items():
        consent_for(participant, purpose, level)
    client = client_as(who)
    body = client.get(URL).content.decode()
    assert 'value="public" class="form-check-input" id="id_photos_3" required checked' in body
    response = client.post(URL, ALL_YES | {"photos": "inside"})
    assert response["Location"] == "/me/"
    photos = Consent.objects.filter(participant=participant, purpose="photos").order_by("pk")
    assert [(c.level, c.withdrawn_at is None) for c in photos] == [
        ("public", False),
        ("inside", True),
    ]
    assert Consent.objects.filter(participant=participant).count() == 4


def test_bad_input_changes_nothing(cast, client_as):
    participant = cast.participants["young_person"]
    consent_for(participant, "photos", "public")
    response = client_as("young_person").post(URL, {"photos": "inside"})
    assert response.status_code == 200
    assert "Choose an answer" in response.content.decode()
    assert Consent.objects.get(participant=participant).level == "public"


def test_outsiders_get_404(cast, client_as):
    assert client_as("outsider").post(URL, ALL_YES).status_code == 404
    assert not Consent.objects.exists()
