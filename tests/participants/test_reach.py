"""The planner's honest count after telling people about a change: by email, by text, only on
the site (with a number to call), and offline."""

import pytest

from codesign import texts
from participants.notify import notify
from participants.reach import Reach, phone_for
from tests.factories import ParticipantFactory, UserFactory


@pytest.fixture(autouse=True)
def _empty_outbox():
    texts.outbox.clear()
    yield
    texts.outbox.clear()


def test_each_person_is_counted_by_how_they_were_reached(db):
    reach = Reach()
    emailed = UserFactory(display_name="Fiona")
    texted = UserFactory(email=None, username="jay1", display_name="Jay", mobile="07911 123456")
    texted.wants_texts = True
    texted.save()
    site_only = UserFactory(email=None, username="robyn1", display_name="Robyn")
    for user in (emailed, texted, site_only):
        note = notify(user=user, subject="Cancelled", body="Snow.", essential=True)
        reach.add(note, phone=phone_for(user))
    reach.add_offline(ParticipantFactory(user=None, display_name="Kirsty"))
    assert len(reach) == 3
    assert reach.in_words() == (
        "1 told by email, 1 by text, 1 only on the site. Not reached yet, so please phone or "
        "text them: Robyn (no number), Kirsty (taking part offline)."
    )


def test_a_number_to_call_comes_from_the_mobile_or_the_needs(db):
    user = UserFactory(email=None, username="robyn2", mobile="07911 123456")
    assert phone_for(user) == "07911 123456"
    place = ParticipantFactory(user=UserFactory(email=None, username="sam2"))
    from participants.models import SupportNeeds

    SupportNeeds.objects.create(participant=place, phone="0131 496 0000")
    assert phone_for(place.user, place) == "0131 496 0000"


def test_nobody_to_tell_is_said_plainly():
    assert Reach().in_words() == "Nobody with an account needed telling."


def test_someone_offline_is_listed_with_the_way_the_team_recorded_to_reach_them(db):
    from participants.models import SupportNeeds

    reach = Reach()
    kirsty = ParticipantFactory(user=None, display_name="Kirsty")
    SupportNeeds.objects.create(participant=kirsty, preferred_contact="phone", phone="01546 605522")
    ross = ParticipantFactory(user=None, display_name="Ross")
    SupportNeeds.objects.create(participant=ross, preferred_contact="worker")
    reach.add_offline(kirsty)
    reach.add_offline(ross)
    assert reach.in_words().endswith(
        "Kirsty (taking part offline: a phone call on 01546 605522), Ross (taking part "
        "offline: through their worker or whoever invited them)."
    )
