"""Signing a credential as a VC-JWT (the Open Badges 3.0 JSON Web Token proof) and checking
one with PyJWT's own verifier.

The token's payload is the credential itself, with the registered claims the format asks for:
`iss` the issuer's id, `jti` the credential's id, `nbf` when it becomes valid and `exp` when it
stops, if ever. The header names the key (`kid`), where its set is published (`jku`) and carries
the public key (`jwk`) for wallets; checking here trusts only this site's own published key.
"""

import binascii
import json
from dataclasses import dataclass

import jwt
from django.urls import reverse
from jwt.utils import base64url_decode

from sessions.credentials.document import site_address
from sessions.credentials.keys import public_jwk_for, signing_key

# Seconds of clock difference forgiven between the signing and the checking machine.
LEEWAY = 60


def credential_sign(document, *, valid_from, valid_until=None):
    key = signing_key()
    claims = dict(document)
    claims |= {"iss": document["issuer"]["id"], "jti": document["id"]}
    claims["nbf"] = int(valid_from.timestamp())
    if valid_until is not None:
        claims["exp"] = int(valid_until.timestamp())
    headers = {
        "typ": "JWT",
        "kid": key.kid,
        "jku": site_address(reverse("credentials:keys")),
        "jwk": {name: value for name, value in key.public_jwk.items() if name != "use"},
    }
    return jwt.encode(claims, key.private, algorithm=key.algorithm, headers=headers)


@dataclass(frozen=True)
class Checked:
    """What the signature and the dates say about a token. `problem` is one of None (good),
    "unreadable", "unknown_key", "altered", "expired", "not_yet_valid"; `claims` are
    the payload when the signature was good."""

    problem: str | None
    claims: dict | None = None


def credential_check(token):
    try:
        header = jwt.get_unverified_header(token)
    except jwt.DecodeError:
        # A readable header with a mangled payload or signature was a credential once.
        return Checked("altered" if _has_a_header(token) else "unreadable")
    jwk = public_jwk_for(header.get("kid"))
    if jwk is None:
        return Checked("unknown_key")
    key = jwt.PyJWK(jwk)
    try:
        claims = jwt.decode(
            token,
            key,
            algorithms=[key.algorithm_name],
            leeway=LEEWAY,
            options={"require": ["iss", "jti", "nbf"]},
        )
    except jwt.ExpiredSignatureError:
        return Checked("expired", _unchecked_claims(token))
    except jwt.ImmatureSignatureError:
        return Checked("not_yet_valid", _unchecked_claims(token))
    except jwt.InvalidSignatureError:
        return Checked("altered")
    except jwt.InvalidTokenError:
        # A payload that is not the JSON that was signed, or lacks the claims a credential has.
        return Checked("altered")
    return Checked(None, claims)


def _has_a_header(token):
    pieces = token.split(".")
    if len(pieces) != 3:
        return False
    try:
        return isinstance(json.loads(base64url_decode(pieces[0])), dict)
    except (ValueError, TypeError, binascii.Error):
        return False


def _unchecked_claims(token):
    """The payload of a token whose signature has just been found good but whose dates are
    not: read once more, with the date checks alone switched off."""
    key = jwt.PyJWK(public_jwk_for(jwt.get_unverified_header(token)["kid"]))
    return jwt.decode(
        token,
        key,
        algorithms=[key.algorithm_name],
        options={"verify_exp": False, "verify_nbf": False},
    )
