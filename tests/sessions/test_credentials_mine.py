"""A person gets an Open Badge for a training they finished and for their certificate of
involvement, and downloads it; nobody else can download theirs."""

import json

import jwt
import pytest

from projects.models import AuditEntry
from sessions.credentials.selectors.verify import verdict_for_token
from sessions.models import Credential
from tests.sessions.credentials import badge, finished, lead_organisation
from tests.sessions.training import url


def get_training(module):
    return f"/projects/{module.project.slug}/credentials/training/{module.pk}/"


def test_a_young_person_gets_a_badge_for_a_finished_training(cast, client_as):
    lead_organisation(cast.project)
    module = finished(cast).module
    client = client_as("young_person")
    page = client.get(url(module)).content.decode()
    assert "Get an Open Badge for this training" in page
    response = client.post(get_training(module))
    assert response.status_code == 302 and response["Location"].endswith("#open-badge")
    credential = Credential.objects.get()
    assert credential.holder == cast.young_person and credential.issuer_name == "IRISS"
    assert AuditEntry.objects.filter(action="credential_issue").count() == 1
    page = client.get(url(module)).content.decode()
    assert f"/me/credentials/{credential.public_id}.jwt" in page
    assert f"/credentials/{credential.public_id}/" in page
    client.post(get_training(module))
    assert Credential.objects.count() == 1, "asking again gives the same badge"


def test_no_badge_before_the_training_is_finished(cast, client_as):
    module = finished(cast, "staff").module
    response = client_as("young_person").post(get_training(module), follow=True)
    assert "Finish the training first" in response.content.decode()
    assert not Credential.objects.exists()


def test_getting_a_training_badge_needs_sign_in_membership_and_post(cast, client, client_as):
    module = finished(cast).module
    assert client.post(get_training(module)).status_code == 302
    assert client_as("outsider").post(get_training(module)).status_code == 404
    assert client_as("young_person").get(get_training(module)).status_code == 405
    assert client_as("young_person").post(get_training(module) + "9999/").status_code == 404
    assert not Credential.objects.exists()


def test_the_certificate_lists_trainings_and_roles_held(cast, client_as):
    jay = cast.participants["young_person"]
    jay.in_working_group = True
    jay.save()
    finished(cast, title="Being on a pitch panel")
    body = client_as("young_person").get(f"/me/certificates/{cast.project.slug}/").content
    body = body.decode()
    assert "Being on a pitch panel, finished" in body
    assert "Working group member" in body
    assert "Get it as an Open Badge" in body


def test_a_certificate_becomes_a_badge(cast, client_as):
    finished(cast, title="Staying safe")
    client = client_as("young_person")
    response = client.post(f"/me/certificates/{cast.project.slug}/open-badge/")
    assert response.status_code == 302
    credential = Credential.objects.get(kind="involvement")
    claims = jwt.decode(credential.token, options={"verify_signature": False})
    achievement = claims["credentialSubject"]["achievement"]
    assert achievement["achievementType"] == "Certificate"
    assert "Finished the training “Staying safe”." in achievement["criteria"]["narrative"]
    assert verdict_for_token(credential.token).state == "valid"
    client.post(f"/me/certificates/{cast.project.slug}/open-badge/")
    assert Credential.objects.filter(kind="involvement").count() == 1, "one a day"
    page = client.get(f"/me/certificates/{cast.project.slug}/").content.decode()
    assert f"/me/credentials/{credential.public_id}.jwt" in page


def test_certificate_badge_refuses_outsiders_and_get(cast, client, client_as):
    address = f"/me/certificates/{cast.project.slug}/open-badge/"
    assert client.post(address).status_code == 302
    assert client_as("outsider").post(address).status_code == 404
    assert client_as("young_person").get(address).status_code == 405
    assert not Credential.objects.exists()


def test_the_holder_downloads_the_jwt_and_the_readable_copy(cast, client_as):
    credential = badge(cast)
    client = client_as("young_person")
    response = client.get(f"/me/credentials/{credential.public_id}.jwt")
    assert response.status_code == 200 and response["Content-Type"] == "application/jwt"
    assert "attachment" in response["Content-Disposition"]
    assert response.content.decode() == credential.token
    readable = client.get(f"/me/credentials/{credential.public_id}.json")
    assert json.loads(readable.content)["type"][1] == "OpenBadgeCredential"


@pytest.mark.parametrize(
    "who", ["lead", "local_lead", "facilitator", "staff", "manager", "outsider"]
)
def test_nobody_else_downloads_it(cast, client_as, who):
    credential = badge(cast)
    for tail in (".jwt", ".json"):
        response = client_as(who).get(f"/me/credentials/{credential.public_id}{tail}")
        assert response.status_code == 404


def test_downloading_needs_sign_in_and_get(cast, client, client_as):
    credential = badge(cast)
    assert client.get(f"/me/credentials/{credential.public_id}.jwt").status_code == 302
    response = client_as("young_person").post(f"/me/credentials/{credential.public_id}.jwt")
    assert response.status_code == 405


def test_a_site_administrator_does_not_download_it_either(cast, client):
    credential = badge(cast)
    cast.lead.is_superuser = cast.lead.is_staff = True
    cast.lead.save()
    client.force_login(cast.lead)
    assert client.get(f"/me/credentials/{credential.public_id}.jwt").status_code == 404


def test_no_badge_for_a_draft_only_its_writers_see(cast, client_as):
    completion = finished(cast)
    completion.module.published_at = None
    completion.module.save()
    assert client_as("young_person").post(get_training(completion.module)).status_code == 403
    assert not Credential.objects.exists()
