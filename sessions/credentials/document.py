"""An Open Badges 3.0 credential as a document: a W3C Verifiable Credential of type
OpenBadgeCredential, whose issuer is the organisation that leads the project and whose subject
is the person, named, with the achievement they earned.

It says nothing else about the person: no contact details, no support needs, no account id.
"""

import uuid

from django.conf import settings
from django.urls import reverse

CONTEXT = [
    "https://www.w3.org/ns/credentials/v2",
    "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
]
TYPE = ["VerifiableCredential", "OpenBadgeCredential"]
# Open Badges' own revocation list: the address answers with the credential if revoked.
STATUS_TYPE = "1EdTechRevocationList"


def site_address(path):
    return settings.SITE_URL.rstrip("/") + path


def issuing_organisation(project):
    """The organisation that leads the project (else its first partner), or None."""
    partners = [partner for partner in project.partners.all() if partner.organisation_id]
    leading = [partner for partner in partners if partner.leads]
    chosen = (leading or partners or [None])[0]
    return chosen.organisation if chosen else None


def issuer_profile(organisation, project):
    """The issuer as an Open Badges Profile."""
    if organisation is None:
        return {"id": site_address("/"), "type": ["Profile"], "name": project.title}
    profile = {
        "id": site_address(reverse("credentials:issuer", args=[organisation.pk])),
        "type": ["Profile"],
        "name": organisation.name,
    }
    if organisation.website:
        profile["url"] = organisation.website
    return profile


def achievement(*, key, name, description, narrative, kind):
    """What was earned. `key` names it the same for everyone who earns it."""
    return {
        "id": f"urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, site_address(key))}",
        "type": ["Achievement"],
        "achievementType": kind,
        "name": name,
        "description": description,
        "criteria": {"narrative": narrative},
    }


def credential_document(*, public_id, issuer, earned, holder_name, valid_from, valid_until=None):
    document = {
        "@context": CONTEXT,
        "id": site_address(reverse("credentials:check", args=[public_id])),
        "type": TYPE,
        "name": earned["name"],
        "issuer": issuer,
        "validFrom": _when(valid_from),
        "credentialSubject": {
            "type": ["AchievementSubject"],
            "identifier": [
                {
                    "type": "IdentityObject",
                    "identityType": "name",
                    "hashed": False,
                    "identityHash": holder_name,
                }
            ],
            "achievement": earned,
        },
        "credentialStatus": {
            "id": site_address(reverse("credentials:status", args=[public_id])),
            "type": STATUS_TYPE,
        },
    }
    if valid_until is not None:
        document["validUntil"] = _when(valid_until)
    return document


def _when(moment):
    return moment.replace(microsecond=0).isoformat().replace("+00:00", "Z")
