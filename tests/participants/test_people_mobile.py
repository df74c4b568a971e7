"""Mobile numbers on the people page: seen only by those allowed to see them."""

import pytest

from tests.participants.people import another_young_person, invitee_of_local_lead

URL = "/projects/care-leavers/people/"


@pytest.fixture
def numbers(cast):
    robyn, kirsty = another_young_person(cast), invitee_of_local_lead(cast)
    for place, number in ((robyn, "+447911123111"), (kirsty, "+447911123222")):
        place.user.mobile = number
        place.user.save()
    return robyn, kirsty


@pytest.mark.parametrize(
    ("who", "sees_robyn", "sees_kirsty"),
    [
        ("lead", True, True),
        ("facilitator", True, True),
        ("local_lead", False, True),
        ("young_person", False, False),
        ("staff", False, False),
        ("manager", False, False),
    ],
)
def test_numbers_are_shown_by_role(cast, client_as, numbers, who, sees_robyn, sees_kirsty):
    body = client_as(who).get(URL).content.decode()
    assert ("07911 123111" in body) == sees_robyn
    assert ("07911 123222" in body) == sees_kirsty


def test_a_local_lead_is_offered_a_new_card_only_for_people_they_invited(cast, client_as):
    robyn, kirsty = another_young_person(cast, email=None), invitee_of_local_lead(cast, email=None)
    body = client_as("local_lead").get(URL).content.decode()
    assert f"/people/{kirsty.pk}/sign-in-card/" in body
    assert f"/people/{robyn.pk}/sign-in-card/" not in body
