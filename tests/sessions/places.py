"""Helpers for places on the working group: a round with a young person and a manager on its
panel, and an application to it."""

from django.utils import timezone

from sessions.evidence.services.places import application_submit, places_round_open
from sessions.models import DEFAULT_QUESTIONS, PlacesRound


def open_round(cast, *, who_may_apply=PlacesRound.WhoMayApply.MEMBERS, places=2, panel=None):
    today = timezone.localdate()
    panel = panel or ["young_person", "manager"]
    return places_round_open(
        project=cast.project,
        by=cast.lead,
        places=places,
        who_may_apply=who_may_apply,
        questions=DEFAULT_QUESTIONS,
        closes_on=today + timezone.timedelta(days=14),
        term_starts=today + timezone.timedelta(days=30),
        term_ends=today + timezone.timedelta(days=395),
        panel=[cast.participants[who] for who in panel],
    )


def apply(places_round, participant, answers=("To help", "Ideas", "Evenings")):
    return application_submit(
        places_round=places_round, participant=participant, answers=list(answers)
    )
