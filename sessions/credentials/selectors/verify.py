"""What the public check of a credential says, from the signature, the dates and whether the
organisation has revoked it. It gives away nothing about the person beyond what the credential
itself says: their name, what they earned, who issued it and when."""

from dataclasses import dataclass
from datetime import UTC, datetime

from sessions.credentials.models import Credential
from sessions.credentials.signing import credential_check

VALID, REVOKED, EXPIRED, NOT_YET = "valid", "revoked", "expired", "not_yet_valid"
ALTERED, UNREADABLE, UNKNOWN_KEY, NOT_FOUND = "altered", "unreadable", "unknown_key", "not_found"


@dataclass(frozen=True)
class Verdict:
    state: str
    holder: str = ""
    title: str = ""
    issuer: str = ""
    valid_from: datetime | None = None
    valid_until: datetime | None = None
    revoked_at: datetime | None = None
    public_id: str = ""

    @property
    def is_valid(self):
        return self.state == VALID


def _moment(seconds):
    return datetime.fromtimestamp(seconds, tz=UTC) if seconds is not None else None


def _public_id(claims):
    return str(claims.get("jti", "")).rstrip("/").rsplit("/", 1)[-1]


def _read(claims):
    subject = claims.get("credentialSubject") or {}
    names = [entry.get("identityHash", "") for entry in subject.get("identifier") or []]
    return {
        "holder": names[0] if names else "",
        "title": (subject.get("achievement") or {}).get("name", ""),
        "issuer": (claims.get("issuer") or {}).get("name", ""),
        "valid_from": _moment(claims.get("nbf")),
        "valid_until": _moment(claims.get("exp")),
        "public_id": _public_id(claims),
    }


def verdict_for_token(token):
    checked = credential_check(token)
    if checked.claims is None:
        return Verdict(checked.problem)
    public_id = _public_id(checked.claims)
    credential = (
        Credential.objects.filter(public_id=public_id)
        .only("public_id", "revoked_at", "issuer_name")
        .first()
    )
    if credential is None:
        return Verdict(NOT_FOUND)
    if credential.is_revoked:
        # Revoked: when, and by which organisation; not who it was about.
        return Verdict(
            REVOKED,
            issuer=credential.issuer_name,
            revoked_at=credential.revoked_at,
            public_id=public_id,
        )
    return Verdict(checked.problem or VALID, **_read(checked.claims))


def verdict_for_link(credential):
    """The check behind a credential's own link: the token kept when it was issued."""
    if credential.is_revoked or not credential.token:
        return Verdict(
            REVOKED,
            issuer=credential.issuer_name,
            revoked_at=credential.revoked_at,
            public_id=credential.public_id,
        )
    return verdict_for_token(credential.token)
