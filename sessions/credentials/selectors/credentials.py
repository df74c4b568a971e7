"""Reads of the Open Badges issued: a person's own, and a project's for its lead."""

from sessions.credentials.models import Credential


def own_credential(user, public_id):
    """The signed-in person's own credential, or None: nobody else's is ever found here."""
    if not user.is_authenticated:
        return None
    return Credential.objects.filter(holder=user, public_id=public_id).first()


def for_completion(completion):
    if completion is None:
        return None
    return Credential.objects.filter(completion=completion).first()


def for_certificate(participant):
    """The person's Open Badges for their certificate in one project, newest first."""
    return list(
        Credential.objects.filter(participant=participant, kind=Credential.Kind.INVOLVEMENT)[:10]
    )


def issued_in(project):
    """Every credential issued in the project, newest first, for the lead's list."""
    return Credential.objects.filter(project=project).select_related("revoked_by")
