"""SupportNeeds says a person's needs in words, the same on every page."""

from participants.models import SupportNeeds


def test_needs_in_words():
    needs = SupportNeeds(
        childcare=True,
        travel=True,
        access=["step_free", "large_print"],
        dietary="No nuts",
        availability=["evenings", "weekends"],
    )
    assert needs.access_labels == ["Step-free access", "Large print"]
    assert needs.availability_labels == ["Evenings", "Weekends"]
    assert needs.in_words() == [
        "Childcare",
        "Help with travel",
        "Step-free access",
        "Large print",
        "Food: No nuts",
        "Can come: evenings, weekends",
    ]


def test_no_needs_say_nothing():
    assert SupportNeeds().in_words() == []
