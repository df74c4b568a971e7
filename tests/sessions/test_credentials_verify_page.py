"""Anyone, without an account, checks an Open Badge at /credentials/verify/ or by its link, and
is told in plain words whether it is valid, revoked or changed; nothing else about the person."""

from django.core.files.uploadedfile import SimpleUploadedFile

from participants.models import SupportNeeds
from sessions.credentials.services.credentials import credential_revoke
from tests.sessions.credentials import altered, badge, lead_organisation

VERIFY = "/credentials/verify/"


def test_anyone_checks_a_pasted_badge(cast, client):
    lead_organisation(cast.project)
    token = badge(cast).token
    assert client.get(VERIFY).status_code == 200
    body = client.post(VERIFY, {"token": token}).content.decode()
    assert "This credential is valid" in body
    assert "Young person" in body and "Speaking up with managers" in body and "IRISS" in body


def test_a_file_can_be_uploaded(cast, client):
    token = badge(cast).token
    upload = SimpleUploadedFile("badge.jwt", token.encode(), content_type="application/jwt")
    body = client.post(VERIFY, {"upload": upload}).content.decode()
    assert "This credential is valid" in body


def test_a_changed_badge_is_not_valid(cast, client):
    token = badge(cast).token
    for part in (1, 2):
        body = client.post(VERIFY, {"token": altered(token, part)}).content.decode()
        assert "This credential is not valid" in body
        assert "changed since it was issued" in body


def test_a_revoked_badge_says_when_and_by_whom_but_not_who(cast, client):
    lead_organisation(cast.project)
    credential = badge(cast)
    credential_revoke(credential=credential, by=cast.lead, reason="Given in error")
    for body in (
        client.post(VERIFY, {"token": credential.token}).content.decode(),
        client.get(f"/credentials/{credential.public_id}/").content.decode(),
    ):
        assert "This credential has been revoked" in body and "IRISS revoked it on" in body
        assert "Given in error" not in body and "Young person" not in body


def test_the_link_checks_the_kept_copy(cast, client):
    credential = badge(cast)
    response = client.get(f"/credentials/{credential.public_id}/")
    assert response.status_code == 200 and "This credential is valid" in response.content.decode()
    assert client.get("/credentials/not-a-real-one/").status_code == 404


def test_it_shows_nothing_private(cast, client):
    young = cast.participants["young_person"]
    SupportNeeds.objects.update_or_create(participant=young, defaults={"dietary": "Halal"})
    body = client.get(f"/credentials/{badge(cast).public_id}/").content.decode()
    assert "Halal" not in body and young.user.email not in body


def test_bad_input_gets_a_plain_message(db, client):
    for data, message in [
        ({"token": ""}, "Paste a credential, or choose its .jwt file."),
        ({"token": "x" * 20_001}, "That is too long to be a credential."),
        ({"token": '{"type": "x"}'}, "That is the readable copy (.json)"),
    ]:
        response = client.post(VERIFY, data)
        assert response.status_code == 422, data
        assert message in response.content.decode() and "There is a problem" in (
            response.content.decode()
        )
    picture = SimpleUploadedFile("a.jwt", b"\xff\xd8\xff" * 10)
    response = client.post(VERIFY, {"upload": picture})
    assert response.status_code == 422 and "That file is not a credential" in (
        response.content.decode()
    )


def test_nonsense_is_answered_not_an_error(db, client):
    body = client.post(VERIFY, {"token": "hello.there.friend"}).content.decode()
    assert "This is not a credential we can read" in body or "not valid" in body


def test_checks_are_limited(db, client):
    for _ in range(30):
        assert client.post(VERIFY, {"token": "a.b.c"}).status_code == 200
    response = client.post(VERIFY, {"token": "a.b.c"})
    assert response.status_code == 429 and "Wait ten minutes" in response.content.decode()


def test_wrong_methods(db, client):
    assert client.put(VERIFY).status_code == 405
    assert client.post("/credentials/keys.json").status_code == 405


def test_keys_status_and_issuer_are_public_json(cast, client):
    organisation = lead_organisation(cast.project)
    credential = badge(cast)
    keys = client.get("/credentials/keys.json")
    assert keys["Content-Type"] == "application/jwk-set+json"
    [key] = keys.json()["keys"]
    assert key["kid"] and "d" not in key
    status = client.get(f"/credentials/{credential.public_id}/status.json").json()
    assert status["revokedCredentials"] == []
    credential_revoke(credential=credential, by=cast.lead, reason="Wrong")
    status = client.get(f"/credentials/{credential.public_id}/status.json").json()
    assert status["revokedCredentials"][0]["id"].endswith(f"/credentials/{credential.public_id}/")
    issuer = client.get(f"/credentials/issuers/{organisation.pk}/").json()
    assert issuer["name"] == "IRISS" and issuer["type"] == ["Profile"]


def test_only_organisations_that_issued_badges_have_a_profile(cast, client):
    quiet = lead_organisation(cast.project, name="Nobody issued")
    assert client.get(f"/credentials/issuers/{quiet.pk}/").status_code == 404
    badge(cast)
    assert client.get(f"/credentials/issuers/{quiet.pk}/").status_code == 200
