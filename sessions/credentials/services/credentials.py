"""Issuing Open Badges to the person who earned them, and revoking them for the organisation."""

from django.db import transaction
from django.utils import timezone

from participants.notify import notify
from projects.audit import audit_record
from projects.freshness import changes_project
from sessions.credentials import document as doc
from sessions.credentials.models import Credential
from sessions.credentials.signing import credential_sign
from sessions.credentials.texts import involvement_achievement, training_achievement


def _issue(*, participant, kind, earned, by, completion=None, valid_from=None, valid_until=None):
    project = participant.project
    organisation = doc.issuing_organisation(project)
    issuer = doc.issuer_profile(organisation, project)
    credential = Credential(
        kind=kind,
        holder=participant.user,
        participant=participant,
        project=project,
        completion=completion,
        title=earned["name"][:200],
        holder_name=participant.display_name,
        issuer_name=issuer["name"][:200],
    )
    credential.valid_from = valid_from or credential.issued_at
    credential.valid_until = valid_until
    document = doc.credential_document(
        public_id=credential.public_id,
        issuer=issuer,
        earned=earned,
        holder_name=participant.display_name,
        valid_from=credential.valid_from,
        valid_until=valid_until,
    )
    credential.token = credential_sign(
        document, valid_from=credential.valid_from, valid_until=valid_until
    )
    credential.save()
    audit_record(
        actor=by,
        action="credential_issue",
        target=credential,
        project=project,
        detail={"kind": kind, "public_id": credential.public_id},
    )
    return credential


@transaction.atomic
@changes_project(via="completion.module")
def credential_issue_for_training(*, completion, by, valid_from=None, valid_until=None):
    """The Open Badge for a finished training: one for each completion, made the first time
    the person asks for it and the same one after that."""
    # @changes_project has taken the project's row lock: two taps at once get one badge.
    existing = Credential.objects.filter(completion=completion).first()
    if existing is not None:
        return existing
    return _issue(
        participant=completion.participant,
        kind=Credential.Kind.TRAINING,
        earned=training_achievement(completion),
        by=by,
        completion=completion,
        valid_from=valid_from,
        valid_until=valid_until,
    )


@transaction.atomic
@changes_project(via="participant")
def credential_issue_for_involvement(*, participant, by, certificate):
    """The Open Badge for a certificate of involvement, as the record stands today. One made
    earlier today and not revoked is given again; earlier days' stay valid, true when made."""
    today = timezone.localdate()
    existing = (
        Credential.objects.select_for_update()
        .filter(
            participant=participant,
            kind=Credential.Kind.INVOLVEMENT,
            revoked_at=None,
            issued_at__date=today,
        )
        .first()
    )
    if existing is not None:
        return existing
    return _issue(
        participant=participant,
        kind=Credential.Kind.INVOLVEMENT,
        earned=involvement_achievement(certificate),
        by=by,
    )


class AlreadyRevoked(ValueError):
    pass


@transaction.atomic
@changes_project(via="credential")
def credential_revoke(*, credential, by, reason):
    """Revoke for the organisation: checked after this, it shows as revoked, with when and by
    which organisation; the reason stays with the project and the audit trail."""
    credential = Credential.objects.select_for_update().get(pk=credential.pk)
    if credential.is_revoked:
        raise AlreadyRevoked("This credential was already revoked.")
    credential.revoked_at = timezone.now()
    credential.revoked_by = by
    credential.revoked_reason = reason
    credential.save(update_fields=["revoked_at", "revoked_by", "revoked_reason"])
    audit_record(
        actor=by,
        action="credential_revoke",
        target=credential,
        project=credential.project,
        detail={"public_id": credential.public_id},
    )
    if credential.holder_id is not None:
        notify(
            user=credential.holder,
            subject="One of your Open Badges was revoked",
            body=(
                f"{credential.issuer_name} revoked your Open Badge for “{credential.title}”. "
                f"The reason they gave: {reason}\n\nAnyone who checks it now is told it was "
                "revoked. If you think this is a mistake, talk to the project lead."
            ),
            project=credential.project,
            link=credential.get_absolute_url(),
            action="See what a check now says",
        )
    return credential
