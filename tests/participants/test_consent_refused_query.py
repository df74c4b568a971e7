"""Who said no to us using their information, worked out by the database: it must give the same
answer as refused_data_use() for every way of answering."""

import datetime
import itertools

import pytest
from django.utils import timezone

from participants.models import Participant
from participants.selectors.consent import (
    current_consents,
    refused_data_use,
    with_refused_data_use,
)
from tests.factories import ParticipantFactory
from tests.participants.people import consent_for

LONDON = timezone.get_default_timezone()
EARLIER = datetime.datetime(2026, 3, 2, 10, tzinfo=LONDON)
LATER = datetime.datetime(2026, 3, 9, 10, tzinfo=LONDON)


def person(cast, name, answers=()):
    """Someone in the cast's project who gave `answers` in order: (purpose, level, given_at,
    withdrawn)."""
    participant = ParticipantFactory(project=cast.project, user=None, display_name=name)
    for purpose, level, given_at, withdrawn in answers:
        consent_for(
            participant,
            purpose,
            level,
            given_at=given_at,
            withdrawn_at=LATER + datetime.timedelta(days=1) if withdrawn else None,
        )
    return participant


def refused_by_query(project):
    people = with_refused_data_use(Participant.objects.filter(project=project))
    return dict(people.values_list("display_name", "refused_data_use"))


def refused_in_python(project):
    people = Participant.objects.filter(project=project).prefetch_related("consents")
    return {p.display_name: refused_data_use(p) for p in people.select_related("user")}


NAMED = {
    "never answered": ([], False),
    "answered only the other questions": (
        [("photos", "no", EARLIER, False), ("contact", "no", EARLIER, False)],
        False,
    ),
    "yes": ([("data", "yes", EARLIER, False)], False),
    "no": ([("data", "no", EARLIER, False)], True),
    "yes, then withdrew it": ([("data", "yes", EARLIER, True)], True),
    "no, then yes": ([("data", "no", EARLIER, False), ("data", "yes", LATER, False)], False),
    "yes, then no": ([("data", "yes", EARLIER, False), ("data", "no", LATER, False)], True),
    "yes, then a no that was withdrawn": (
        [("data", "yes", EARLIER, False), ("data", "no", LATER, True)],
        False,
    ),
    "yes and no at the same time, no recorded last": (
        [("data", "yes", EARLIER, False), ("data", "no", EARLIER, False)],
        True,
    ),
    "no and yes at the same time, yes recorded last": (
        [("data", "no", EARLIER, False), ("data", "yes", EARLIER, False)],
        False,
    ),
    "a later no recorded before an earlier yes": (
        [("data", "no", LATER, False), ("data", "yes", EARLIER, False)],
        True,
    ),
    "every answer withdrawn": (
        [("data", "yes", EARLIER, True), ("data", "no", LATER, True)],
        True,
    ),
    "withdrew yes, kept saying yes to contact": (
        [("data", "yes", EARLIER, True), ("contact", "yes", LATER, False)],
        True,
    ),
}


def test_each_way_of_answering_gives_the_same_answer_as_for_one_person(cast):
    for name, (answers, _) in NAMED.items():
        person(cast, name, answers)
    expected = {name: refused for name, (_, refused) in NAMED.items()}
    by_query = refused_by_query(cast.project)
    in_python = refused_in_python(cast.project)
    assert {name: by_query[name] for name in NAMED} == expected
    assert {name: in_python[name] for name in NAMED} == expected
    assert by_query == in_python


def test_every_pair_of_answers_gives_the_same_answer_as_for_one_person(cast):
    """Up to two answers about using their information, each yes or no, earlier or later,
    withdrawn or not, in either order of recording: 73 people."""
    one_answer = [
        ("data", level, given_at, withdrawn)
        for level, given_at, withdrawn in itertools.product(
            ["yes", "no"], [EARLIER, LATER], [False, True]
        )
    ]
    histories = (
        [[]]
        + [[a] for a in one_answer]
        + [list(p) for p in itertools.product(one_answer, repeat=2)]
    )
    for index, answers in enumerate(histories):
        person(cast, f"History {index}", answers)
    by_query = refused_by_query(cast.project)
    assert by_query == refused_in_python(cast.project)
    assert any(by_query.values()) and not all(by_query.values())


def test_someone_elses_answer_never_counts_for_them(cast):
    person(cast, "Quiet")
    elsewhere = ParticipantFactory(user=cast.participants["young_person"].user)
    consent_for(elsewhere, "data", "no")
    consent_for(cast.participants["young_person"], "data", "yes")
    refused = refused_by_query(cast.project)
    assert refused["Quiet"] is False
    assert refused[cast.participants["young_person"].display_name] is False
    assert with_refused_data_use(Participant.objects.filter(pk=elsewhere.pk)).get().refused_data_use


@pytest.mark.parametrize("level, refused", [("yes", False), ("no", True)])
def test_turning_18_never_changes_the_answer_about_using_their_information(cast, level, refused):
    jay = cast.participants["young_person"]
    jay.user.date_of_birth = datetime.date(2008, 7, 1)
    jay.user.save()
    consent_for(jay, "data", level, given_at=EARLIER, under_18=True)
    jay = Participant.objects.select_related("user").prefetch_related("consents").get(pk=jay.pk)
    long_after = datetime.date(2030, 1, 1)
    assert current_consents(jay, today=long_after)["data"].needs_renewal
    assert refused_data_use(jay, today=long_after) is refused
    assert refused_by_query(cast.project)[jay.display_name] is refused
