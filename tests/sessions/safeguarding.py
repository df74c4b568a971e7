"""Helpers for the safeguarding tests: naming safeguarding leads and raising concerns."""

import uuid

from sessions.models import Concern
from sessions.safeguarding.services.concerns import concern_raise
from sessions.safeguarding.services.leads import safeguarding_leads_set

WORDS = "Zebra-words: he said his flatmate hit him on Friday"


def name_leads(cast, *roles):
    people = [cast.participants[role] for role in roles]
    safeguarding_leads_set(project=cast.project, by=cast.lead, participants=people)
    return people


def raise_concern(cast, who="young_person", *, category=Concern.Category.WELFARE, words=WORDS):
    concern, _ = concern_raise(
        project=cast.project,
        by=cast.users[who],
        token=uuid.uuid4(),
        category=category,
        what_happened=words,
        when_text="Friday night",
        people_text="His flatmate",
    )
    return concern
