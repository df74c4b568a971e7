"""Lengths of time in words."""

from datetime import timedelta

import pytest

from projects.templatetags.durations import duration


@pytest.mark.parametrize(
    ("value", "words"),
    [
        (45, "45 minutes"),
        (1, "1 minute"),
        (60, "1 hour"),
        (150, "2 hours 30 minutes"),
        (61, "1 hour 1 minute"),
        (0, "0 minutes"),
        (timedelta(hours=2), "2 hours"),
        (timedelta(hours=1, minutes=30, seconds=20), "1 hour 30 minutes"),
        (None, ""),
    ],
)
def test_a_duration_reads_in_words(value, words):
    assert duration(value) == words
