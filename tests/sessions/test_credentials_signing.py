"""An Open Badge is an Open Badges 3.0 credential signed as a JSON Web Token: PyJWT's own
verifier accepts it with the published key and refuses it once a single character changes."""

from datetime import timedelta

import jwt
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ed25519, rsa
from django.core import checks
from django.utils import timezone

from sessions.credentials.checks import check_signing_key, check_signing_key_is_own
from sessions.credentials.keys import signing_key
from sessions.credentials.selectors.verify import verdict_for_token
from sessions.credentials.services.credentials import credential_revoke
from tests.sessions.credentials import altered, badge, lead_organisation


def pem(key):
    return key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    ).decode()


def published_key(client):
    """The key as anyone would fetch it, by the kid in the token's header."""
    return jwt.PyJWKSet.from_dict(client.get("/credentials/keys.json").json())


def test_the_library_verifies_it_with_the_published_key(cast, client):
    lead_organisation(cast.project)
    token = badge(cast).token
    header = jwt.get_unverified_header(token)
    assert header["jku"].endswith("/credentials/keys.json")
    key = published_key(client)[header["kid"]]
    claims = jwt.decode(token, key, algorithms=[header["alg"]])
    assert claims["type"] == ["VerifiableCredential", "OpenBadgeCredential"]
    assert claims["@context"][0] == "https://www.w3.org/ns/credentials/v2"
    assert "purl.imsglobal.org/spec/ob/v3p0/context" in claims["@context"][1]
    assert claims["issuer"]["type"] == ["Profile"] and claims["issuer"]["name"] == "IRISS"
    assert claims["iss"] == claims["issuer"]["id"] and claims["jti"] == claims["id"]
    subject = claims["credentialSubject"]
    assert subject["achievement"]["name"] == "Speaking up with managers"
    assert subject["achievement"]["type"] == ["Achievement"]
    assert subject["identifier"][0]["identityHash"] == "Young person"
    assert claims["validFrom"].endswith("Z") and claims["nbf"] <= timezone.now().timestamp()
    assert claims["credentialStatus"]["type"] == "1EdTechRevocationList"
    assert claims["credentialStatus"]["id"].endswith("/status.json")


def test_it_says_nothing_else_about_the_person(cast):
    young = cast.participants["young_person"]
    token = badge(cast).token
    text = str(jwt.decode(token, options={"verify_signature": False})).lower()
    assert young.user.email not in text and "@example.org" not in text
    assert "phone" not in text and "needs" not in text


@pytest.mark.parametrize("part", [1, 2], ids=["payload", "signature"])
def test_one_changed_character_fails(cast, client, part):
    token = altered(badge(cast).token, part)
    header = jwt.get_unverified_header(token)
    with pytest.raises(jwt.InvalidTokenError):
        jwt.decode(token, published_key(client)[header["kid"]], algorithms=[header["alg"]])
    assert verdict_for_token(token).state == "altered"


def test_a_good_one_is_valid_and_a_revoked_one_revoked(cast):
    credential = badge(cast)
    assert verdict_for_token(credential.token).state == "valid"
    credential_revoke(credential=credential, by=cast.lead, reason="Given in error")
    verdict = verdict_for_token(credential.token)
    assert verdict.state == "revoked" and verdict.holder == "" and verdict.revoked_at


def test_expired_and_not_yet_valid(cast):
    now = timezone.now()
    old = badge(cast, valid_from=now - timedelta(days=400), valid_until=now - timedelta(days=1))
    verdict = verdict_for_token(old.token)
    assert verdict.state == "expired" and verdict.valid_until < now
    soon = badge(cast, who="staff", valid_from=now + timedelta(days=3))
    assert verdict_for_token(soon.token).state == "not_yet_valid"


def test_a_token_signed_by_another_key_is_not_ours(cast):
    claims = jwt.decode(badge(cast).token, options={"verify_signature": False})
    stranger = ed25519.Ed25519PrivateKey.generate()
    forged = jwt.encode(claims, stranger, algorithm="EdDSA", headers={"kid": "someone-else"})
    assert verdict_for_token(forged).state == "unknown_key"
    same_kid = jwt.encode(claims, stranger, algorithm="EdDSA", headers={"kid": signing_key().kid})
    assert verdict_for_token(same_kid).state == "altered"


def test_a_signature_that_no_longer_decodes_is_altered(cast):
    token = badge(cast).token
    assert verdict_for_token(token[:-3] + "abc").state == "altered"
    assert verdict_for_token(token.rsplit(".", 1)[0] + ".!!").state == "altered"


@pytest.mark.parametrize("garbage", ["", "hello", "a.b.c", "{}", "é" * 10])
def test_garbage_is_unreadable_not_an_error(db, garbage):
    assert verdict_for_token(garbage).state in {"unreadable", "altered"}


def test_the_derived_key_is_stable_across_restarts(settings):
    settings.CREDENTIAL_SIGNING_KEY = ""
    first = signing_key()
    assert first.derived and first.algorithm == "EdDSA"
    assert signing_key().kid == first.kid
    settings.SECRET_KEY = "another-secret-" * 4
    assert signing_key().kid != first.kid


def test_an_rsa_key_from_the_environment_signs_rs256(cast, settings, client):
    settings.CREDENTIAL_SIGNING_KEY = pem(rsa.generate_private_key(65537, 2048))
    token = badge(cast).token
    header = jwt.get_unverified_header(token)
    assert header["alg"] == "RS256" and header["jwk"]["kty"] == "RSA"
    assert "d" not in client.get("/credentials/keys.json").json()["keys"][0]
    assert verdict_for_token(token).state == "valid"
    assert check_signing_key(None) == [] and check_signing_key_is_own(None) == []


def test_a_bad_key_stops_start_up_with_a_clear_message(settings):
    settings.CREDENTIAL_SIGNING_KEY = "not a key"
    [error] = check_signing_key(None)
    assert error.level == checks.ERROR and "PEM" in error.msg
    settings.CREDENTIAL_SIGNING_KEY = pem(rsa.generate_private_key(65537, 1024))
    assert "2048" in check_signing_key(None)[0].msg


def test_deploy_check_warns_without_a_key_of_its_own(settings):
    settings.CREDENTIAL_SIGNING_KEY = ""
    assert [w.id for w in check_signing_key_is_own(None)] == ["codesign.W004"]


def test_badges_signed_with_an_earlier_key_still_check_after_a_change(cast, settings):
    old = ed25519.Ed25519PrivateKey.generate()
    settings.CREDENTIAL_SIGNING_KEY = pem(old)
    token = badge(cast).token
    settings.CREDENTIAL_SIGNING_KEY = pem(rsa.generate_private_key(65537, 2048))
    assert verdict_for_token(token).state == "unknown_key"
    settings.CREDENTIAL_PREVIOUS_KEYS = (
        old.public_key()
        .public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
        .decode()
    )
    assert verdict_for_token(token).state == "valid"
    assert check_signing_key(None) == []
    settings.CREDENTIAL_PREVIOUS_KEYS = "-----BEGIN PUBLIC KEY-----\nnope\n-----END PUBLIC KEY-----"
    assert "not a public key" in check_signing_key(None)[0].msg
