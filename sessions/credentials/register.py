"""What Open Badges add to the rest of the site: the lead's list of the project's badges, what
a person holds (and losing it with their account), and a check of the signing key."""

from django.core import checks

from sessions.credentials.checks import check_signing_key, check_signing_key_is_own
from sessions.credentials.personal_data import HELD
from sessions.parts import register_part

MENU = [
    {
        "label": "Open Badges",
        "url_name": "project_credentials:list",
        "perm": "workshops.revoke_credential",
        "order": 74,
    },
]


def register():
    register_part(menu=MENU, held=HELD)
    checks.register(check_signing_key)
    checks.register(check_signing_key_is_own, checks.Tags.security, deploy=True)
