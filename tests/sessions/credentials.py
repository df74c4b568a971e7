"""Open Badges for tests: a finished training and its credential."""

from sessions.credentials.services.credentials import credential_issue_for_training
from sessions.models import Completion
from tests.factories import OrganisationFactory, PartnerFactory
from tests.sessions.training import make_module


def lead_organisation(project, name="IRISS"):
    partner = PartnerFactory(
        project=project, organisation=OrganisationFactory(name=name), roles=["lead", "funder"]
    )
    return partner.organisation


def finished(cast, who="young_person", title="Speaking up with managers"):
    module = make_module(cast.project, title=title)
    return Completion.objects.create(module=module, participant=cast.participants[who])


def badge(cast, who="young_person", **dates):
    completion = finished(cast, who)
    return credential_issue_for_training(completion=completion, by=cast.users[who], **dates)


def altered(token, part):
    """The token with one character changed in its payload (part 1) or signature (part 2)."""
    pieces = token.split(".")
    piece = pieces[part]
    at = len(piece) // 2
    pieces[part] = piece[:at] + ("A" if piece[at] != "A" else "B") + piece[at + 1 :]
    return ".".join(pieces)
