"""What Open Badges hold about a person, for their "all your data" page and download, and what
happens when they delete their account: their badges are revoked, so anyone checking a copy
learns it no longer stands, and the name and signed copy kept here go."""

from django.utils import timezone

from participants.registries.personal_data import Rows, moment
from projects.audit import audit_record
from sessions.credentials.models import Credential

CREDENTIALS = Rows(
    query=lambda user: Credential.objects.filter(holder=user).order_by("issued_at", "pk"),
    columns={
        "Open Badge": lambda credential: credential.title,
        "Kind": lambda credential: credential.get_kind_display(),
        "Issued by": lambda credential: credential.issuer_name,
        "Issued": lambda credential: moment(credential.issued_at),
        "Revoked": lambda credential: moment(credential.revoked_at),
        "Link to check it": lambda credential: credential.get_absolute_url(),
    },
)

FORGOTTEN = "The account it was issued to was deleted."


def credentials_forget(*, user, participants, remove_contributions):
    now = timezone.now()
    held = (
        Credential.objects.filter(holder=user)
        .select_related("project")
        .select_for_update(of=("self",))
    )
    for credential in held:
        if credential.revoked_at is None:
            credential.revoked_at, credential.revoked_reason = now, FORGOTTEN
            audit_record(
                actor=None,
                action="credential_revoke",
                target=credential,
                project=credential.project,
                detail={"public_id": credential.public_id, "why": "account deleted"},
            )
        credential.holder = None
        credential.participant = None
        credential.completion = None
        credential.holder_name = ""
        credential.token = ""
        credential.save()


HELD = [
    {
        "key": "credentials",
        "title": "Your Open Badges",
        "collect": CREDENTIALS,
        "forget": credentials_forget,
        "order": 62,
    }
]
