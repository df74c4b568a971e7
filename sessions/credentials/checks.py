"""Start-up checks of the key Open Badges are signed with."""

from django.conf import settings
from django.core import checks

from sessions.credentials.keys import KeyProblem, load_private_key, load_public_keys


def check_signing_key(app_configs, **kwargs):
    try:
        if settings.CREDENTIAL_SIGNING_KEY:
            load_private_key(settings.CREDENTIAL_SIGNING_KEY)
        load_public_keys(settings.CREDENTIAL_PREVIOUS_KEYS)
    except KeyProblem as problem:
        return [
            checks.Error(
                str(problem),
                hint="Make one with `openssl genpkey -algorithm RSA -pkeyopt "
                "rsa_keygen_bits:3072` and put the whole PEM text in the variable.",
                id="codesign.E002",
            )
        ]
    return []


def check_signing_key_is_own(app_configs, **kwargs):
    if settings.CREDENTIAL_SIGNING_KEY:
        return []
    return [
        checks.Warning(
            "Open Badges are signed with a key worked out from SECRET_KEY: changing SECRET_KEY "
            "would make every badge already given out fail its check.",
            hint="Set CREDENTIAL_SIGNING_KEY to a private key of its own (PEM, RSA or Ed25519).",
            id="codesign.W004",
        )
    ]
