"""Outcomes for tests, made through the services so they hold what the pages rely on."""

from projects.services.outcomes import outcome_create, outcome_review

STORY = {
    "title": "Friends' pack used in residential care",
    "kind": "resource_adopted",
    "you_said": "Leaving care is lonely.",
    "we_did": "We made a friends' pack with young people.",
    "what_changed": "Every young person leaving care gets one.",
    "evidence": "9 packs given out.",
}


def add_outcome(project, by, decisions=(), **fields):
    return outcome_create(project=project, by=by, decisions=decisions, **(STORY | fields))


def agree(outcome, by):
    outcome_review(outcome=outcome, by=by, verdict="agree", note="")
    outcome.refresh_from_db()
    return outcome
