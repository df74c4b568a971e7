"""The planner's numbers, counted by the database: known needs in, known counts out."""

import pytest

from participants.forms.needs import SupportNeedsForm
from participants.models import Participant, SupportNeeds
from participants.selectors.needs import needs_counts, needs_visible_to
from participants.services.needs import support_needs_save
from tests.factories import ParticipantFactory
from tests.participants.people import consent_for, needs_for

LABELS = [
    "Need childcare",
    "Need help with travel",
    "Need step-free access",
    "Need a BSL interpreter",
    "Need easy read papers",
    "Need large print",
    "Have food they cannot eat",
    "Can come on weekdays in the daytime",
    "Can come in the evening",
    "Can come at weekends",
    "Can only come in the evening",
    "Can only come at weekends",
    "Have not said when they can come",
]


def someone(cast, name, *, status="active", **needs):
    participant = ParticipantFactory(
        project=cast.project, user=None, display_name=name, status=status
    )
    if needs:
        needs_for(participant, **needs)
    return participant


def counts_for(user, project):
    return needs_counts(needs_visible_to(user, project))


def by_label(counts):
    return {row.label: row.count for row in counts["rows"]}


@pytest.fixture
def varied(cast):
    """Six people with needs (lists empty, with one value, with several), one without, and
    people who must never be counted."""
    someone(
        cast,
        "Aileen",
        childcare=True,
        access=["step_free"],
        availability=["evenings"],
        dietary="Halal",
    )
    someone(
        cast,
        "Brodie",
        travel=True,
        access=["easy_read", "large_print"],
        availability=["evenings", "weekends"],
    )
    someone(
        cast,
        "Callum",
        travel=True,
        access=["bsl", "step_free"],
        availability=["weekends"],
        dietary="No pork",
    )
    someone(cast, "Dana", access=[], availability=[], dietary="")
    someone(cast, "Eilidh", availability=["weekday_daytime", "evenings"])
    someone(cast, "Fraser", availability=["weekends", "evenings"], access=["large_print"])
    someone(cast, "Gregor")
    refused = someone(cast, "Hamish", childcare=True, availability=["evenings"], dietary="Vegan")
    consent_for(refused, "data", "no")
    someone(cast, "Isla", childcare=True, status="left")
    needs_for(ParticipantFactory(display_name="Elsewhere"), childcare=True)


def test_each_count_matches_the_people_it_describes(cast, varied):
    counts = counts_for(cast.lead, cast.project)
    assert list(by_label(counts)) == LABELS
    assert by_label(counts) == {
        "Need childcare": 1,
        "Need help with travel": 2,
        "Need step-free access": 2,
        "Need a BSL interpreter": 1,
        "Need easy read papers": 1,
        "Need large print": 2,
        "Have food they cannot eat": 2,
        "Can come on weekdays in the daytime": 1,
        "Can come in the evening": 4,
        "Can come at weekends": 3,
        "Can only come in the evening": 1,
        "Can only come at weekends": 1,
        # Dana said so with an empty list; the cast said nothing at all, so is not counted.
        "Have not said when they can come": 1,
    }
    # The cast's 6 members, 7 people above; Hamish said no, Isla left.
    assert counts["everyone"] == 14
    assert counts["refused"] == 1
    assert (counts["people"], counts["answered"], counts["not_answered"]) == (13, 6, 7)


def test_the_order_of_a_list_does_not_matter_for_what_it_holds(cast):
    someone(cast, "Ann", availability=["evenings", "weekends"])
    someone(cast, "Bea", availability=["weekends", "evenings"])
    rows = by_label(counts_for(cast.lead, cast.project))
    assert rows["Can come in the evening"] == rows["Can come at weekends"] == 2
    assert rows["Can only come in the evening"] == rows["Can only come at weekends"] == 0


def test_a_value_is_never_found_inside_a_longer_one(cast):
    """Values stored before a choice was renamed, or added later, must not be miscounted."""
    someone(cast, "Ann", access=["no_bsl", "step_free_ramp"], availability=["evenings_late"])
    someone(cast, "Bea", availability=["weekends", "weekends_only"])
    rows = by_label(counts_for(cast.lead, cast.project))
    assert rows["Need a BSL interpreter"] == rows["Need step-free access"] == 0
    assert rows["Can come in the evening"] == rows["Can only come in the evening"] == 0
    assert rows["Can come at weekends"] == 1
    assert rows["Can only come at weekends"] == 0


@pytest.mark.parametrize("dietary", ["   ", "\t\n", "\u00a0", " \u3000\r\n "])
def test_food_written_only_as_spaces_or_line_breaks_counts_as_none(cast, dietary):
    someone(cast, "Ann", dietary=dietary)
    someone(cast, "Bea", dietary=f"{dietary}Nut allergy{dietary}")
    assert by_label(counts_for(cast.lead, cast.project))["Have food they cannot eat"] == 1


def test_the_form_saves_food_without_spaces_round_it(cast):
    jay = cast.participants["young_person"]
    form = SupportNeedsForm({"dietary": " \u00a0\t "})
    assert form.is_valid(), form.errors
    support_needs_save(participant=jay, **form.cleaned_data)
    assert SupportNeeds.objects.get(participant=jay).dietary == ""
    form = SupportNeedsForm({"dietary": "  Halal \n"})
    assert form.is_valid(), form.errors
    support_needs_save(participant=jay, **form.cleaned_data)
    assert SupportNeeds.objects.get(participant=jay).dietary == "Halal"


def test_a_local_lead_counts_only_the_people_they_invited(cast, varied):
    kirsty = ParticipantFactory(project=cast.project, invited_by=cast.local_lead)
    needs_for(kirsty, travel=True, availability=[])
    counts = counts_for(cast.local_lead, cast.project)
    assert counts["everyone"] == counts["people"] == counts["answered"] == 1
    rows = by_label(counts)
    assert rows["Need help with travel"] == rows["Have not said when they can come"] == 1
    assert sum(rows.values()) == 2


def test_people_who_said_no_are_counted_apart_until_they_say_yes(cast, varied):
    hamish = Participant.objects.get(display_name="Hamish")
    consent_for(hamish, "data", "yes")
    counts = counts_for(cast.lead, cast.project)
    assert counts["refused"] == 0
    assert by_label(counts)["Need childcare"] == 2
    assert by_label(counts)["Can only come in the evening"] == 2


def test_everything_is_counted_in_two_queries(cast, varied, django_assert_num_queries):
    people = needs_visible_to(cast.lead, cast.project)
    with django_assert_num_queries(2):
        needs_counts(people)


def test_with_no_one_to_count_every_number_is_zero(cast):
    counts = counts_for(cast.local_lead, cast.project)
    assert counts["everyone"] == counts["people"] == counts["not_answered"] == 0
    assert set(by_label(counts).values()) == {0}
