"""People and answers the support-needs and consent tests build on top of the cast."""

from django.utils import timezone

from participants import consent_texts
from participants.models import Consent, SupportNeeds
from projects.roles import Role
from tests.factories import ParticipantFactory, UserFactory


def another_young_person(cast, email="robyn@example.org", **kwargs):
    """A second young person in the cast's project, invited by no one in particular."""
    kwargs.setdefault("display_name", "Robyn")
    user = UserFactory(
        email=email, username="" if email else "robyn", display_name=kwargs["display_name"]
    )
    return ParticipantFactory(project=cast.project, role=Role.YOUNG_PERSON, user=user, **kwargs)


def invitee_of_local_lead(cast, email="kirsty@example.org", **kwargs):
    kwargs.setdefault("display_name", "Kirsty")
    user = UserFactory(
        email=email, username="" if email else "kirsty", display_name=kwargs["display_name"]
    )
    return ParticipantFactory(
        project=cast.project,
        role=Role.YOUNG_PERSON,
        user=user,
        invited_by=cast.local_lead,
        **kwargs,
    )


def offline_person(cast, **kwargs):
    """Someone taking part without an account."""
    kwargs.setdefault("display_name", "Shona")
    return ParticipantFactory(project=cast.project, role=Role.YOUNG_PERSON, user=None, **kwargs)


def needs_for(participant, **fields):
    return SupportNeeds.objects.create(participant=participant, **fields)


def consent_for(participant, purpose, level, *, given_at=None, under_18=False, **kwargs):
    return Consent.objects.create(
        participant=participant,
        purpose=purpose,
        level=level,
        text_shown=consent_texts.text_shown(purpose),
        given_at=given_at or timezone.now(),
        given_under_18=under_18,
        **kwargs,
    )


ALL_YES = {"data": "yes", "photos": "public", "contact": "yes"}
