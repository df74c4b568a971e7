"""Many rows at once for sessions, ideas and claims: the benchmark's scale data, and tests that
page big lists.

Each function tops a project up to `n` rows of one kind with bulk_create, so running it again
adds nothing. Rows are plain and varied: past and upcoming sessions, some cancelled or moved
online; replies from every role, a few sessions far busier than the rest; ideas at every
status, some with many comments; claims at every step from waiting to paid.
"""

from sessions.meetings.scale import top_up_replies, top_up_sessions
from sessions.payments.scale import rate_card, top_up_claims
from sessions.prototypes.scale import (
    top_up_comments,
    top_up_evaluation_sheets,
    top_up_feedback,
    top_up_prototypes,
    top_up_test_rounds,
    top_up_versions,
)

__all__ = [
    "rate_card",
    "top_up_claims",
    "top_up_comments",
    "top_up_evaluation_sheets",
    "top_up_feedback",
    "top_up_prototypes",
    "top_up_replies",
    "top_up_sessions",
    "top_up_test_rounds",
    "top_up_versions",
]
