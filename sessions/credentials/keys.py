"""The key credentials are signed with, and its public half published as a JSON Web Key set.

CREDENTIAL_SIGNING_KEY holds a private key in PEM form: RSA of 2048 bits or more (signed with
RS256, the algorithm every Open Badges verifier must accept) or Ed25519 (signed with EdDSA).

When it is unset, as in development and tests, an Ed25519 key is derived from SECRET_KEY, so
the credentials issued before a restart still verify after it. Changing SECRET_KEY then changes
that key, and every credential signed with it stops verifying: production sets a key of its own
(`manage.py check --deploy` warns when it does not).

When the key is changed, CREDENTIAL_PREVIOUS_KEYS keeps the public halves of earlier keys (PEM,
one after another): they stay published and still check the badges they signed.
"""

import base64
import hashlib
import json
from dataclasses import dataclass
from functools import lru_cache

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ed25519, rsa
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from django.conf import settings
from jwt.algorithms import OKPAlgorithm, RSAAlgorithm

MIN_RSA_BITS = 2048
RS256, EDDSA = "RS256", "EdDSA"


class KeyProblem(ValueError):
    """CREDENTIAL_SIGNING_KEY cannot sign credentials; the message says why."""


@dataclass(frozen=True)
class SigningKey:
    private: object
    algorithm: str
    kid: str
    public_jwk: dict
    derived: bool


def load_private_key(pem):
    """(key, algorithm) from a PEM private key, or KeyProblem."""
    try:
        key = serialization.load_pem_private_key(pem.encode(), password=None)
    except (ValueError, TypeError) as error:
        raise KeyProblem(
            "CREDENTIAL_SIGNING_KEY is not a private key in PEM form (without a password)."
        ) from error
    if isinstance(key, rsa.RSAPrivateKey):
        if key.key_size < MIN_RSA_BITS:
            raise KeyProblem(f"CREDENTIAL_SIGNING_KEY is RSA of {key.key_size} bits; use 2048+.")
        return key, RS256
    if isinstance(key, ed25519.Ed25519PrivateKey):
        return key, EDDSA
    raise KeyProblem("CREDENTIAL_SIGNING_KEY must be an RSA or an Ed25519 private key.")


def _derived_from(secret):
    seed = HKDF(
        algorithm=hashes.SHA256(), length=32, salt=None, info=b"codesign credential signing key"
    ).derive(secret.encode())
    return ed25519.Ed25519PrivateKey.from_private_bytes(seed)


def thumbprint(jwk):
    """The key's RFC 7638 thumbprint: the same public key always gets the same id."""
    required = {name: jwk[name] for name in ("crv", "e", "kty", "n", "x") if name in jwk}
    canonical = json.dumps(required, separators=(",", ":"), sort_keys=True).encode()
    return base64.urlsafe_b64encode(hashlib.sha256(canonical).digest()).rstrip(b"=").decode()


@lru_cache(maxsize=4)
def _key_from(pem, secret):
    if pem:
        private, algorithm = load_private_key(pem)
    else:
        private, algorithm = _derived_from(secret), EDDSA
    to_jwk = RSAAlgorithm.to_jwk if algorithm == RS256 else OKPAlgorithm.to_jwk
    jwk = to_jwk(private.public_key(), as_dict=True)
    kid = thumbprint(jwk)
    jwk |= {"kid": kid, "alg": algorithm, "use": "sig"}
    return SigningKey(
        private=private, algorithm=algorithm, kid=kid, public_jwk=jwk, derived=not pem
    )


def signing_key():
    return _key_from(settings.CREDENTIAL_SIGNING_KEY, settings.SECRET_KEY)


END = "-----END PUBLIC KEY-----"


def load_public_keys(pems):
    """JWKs of the public keys in `pems` (PEM blocks one after another), or KeyProblem."""
    found = []
    for block in pems.split(END):
        if not block.strip():
            continue
        try:
            public = serialization.load_pem_public_key((block.strip() + "\n" + END).encode())
        except (ValueError, TypeError) as error:
            raise KeyProblem(
                "CREDENTIAL_PREVIOUS_KEYS holds something that is not a public key."
            ) from error
        if isinstance(public, rsa.RSAPublicKey):
            jwk, algorithm = RSAAlgorithm.to_jwk(public, as_dict=True), RS256
        elif isinstance(public, ed25519.Ed25519PublicKey):
            jwk, algorithm = OKPAlgorithm.to_jwk(public, as_dict=True), EDDSA
        else:
            raise KeyProblem("CREDENTIAL_PREVIOUS_KEYS may hold only RSA and Ed25519 keys.")
        found.append(jwk | {"kid": thumbprint(jwk), "alg": algorithm, "use": "sig"})
    return found


@lru_cache(maxsize=4)
def _previous(pems):
    return tuple(load_public_keys(pems)) if pems else ()


def key_set():
    """What /credentials/keys.json publishes: public keys only, the signing key's first."""
    return {"keys": [signing_key().public_jwk, *_previous(settings.CREDENTIAL_PREVIOUS_KEYS)]}


def public_jwk_for(kid):
    """The published key named `kid`, or None for a key this site does not hold."""
    return next((jwk for jwk in key_set()["keys"] if jwk["kid"] == kid), None)
