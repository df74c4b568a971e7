"""Texts that say something, safely: what happened and when for people whose texts may show it,
only that there is news for 16 and 17 year olds (unless they choose otherwise), one SMS part
counted the way phones count it, and nothing at night unless it is about today."""

from datetime import datetime, time

import pytest
from django.utils import timezone

from codesign import texts
from participants.models import Delivery, User
from participants.notify import held_texts_send, notify
from tests.factories import UserFactory


@pytest.fixture(autouse=True)
def _empty_outbox():
    texts.outbox.clear()
    yield
    texts.outbox.clear()


@pytest.fixture
def jay(db):
    return UserFactory(
        email=None, username="jay458", display_name="Jay", mobile="07911 123456", wants_texts=True
    )


def _tell(user, **fields):
    return notify(
        user=user,
        subject="A place is free for you",
        body="It is yours.",
        essential=True,
        text="A place came free for you",
        text_detail="A place came free for you on Thu 12 Mar, 18:30",
        **fields,
    )


def _at(hour, minute=0, day=None):
    day = day or timezone.localdate()
    return timezone.make_aware(datetime.combine(day, time(hour, minute)))


def test_an_adult_gets_what_happened_and_when(jay):
    _tell(jay)
    (text,) = texts.outbox
    assert text.body.startswith("Codesign: A place came free for you on Thu 12 Mar, 18:30. ")


@pytest.mark.parametrize("band", [User.AgeBand.AGE_16_17, User.AgeBand.UNDER_16])
def test_under_18s_get_only_that_there_is_news_unless_they_choose(jay, band):
    jay.age_band = band
    jay.save()
    _tell(jay)
    assert texts.outbox[0].body.startswith("Codesign: A place came free for you. ")
    jay.texts_say = User.TextsSay.DETAILS
    jay.save()
    _tell(jay)
    assert "Thu 12 Mar" in texts.outbox[1].body


def test_a_date_of_birth_under_18_counts_too(jay):
    today = timezone.localdate()
    jay.date_of_birth = today.replace(year=today.year - 17)
    jay.save()
    _tell(jay)
    assert "Thu 12 Mar" not in texts.outbox[0].body


def test_an_adult_may_choose_texts_that_only_say_to_look(jay):
    jay.texts_say = User.TextsSay.LOOK
    jay.save()
    _tell(jay)
    assert "Thu 12 Mar" not in texts.outbox[0].body


def test_the_choice_is_made_on_my_page(jay, client):
    client.force_login(jay)
    client.post(
        "/me/",
        {"display_name": "Jay", "mobile": "07911 123456", "wants_texts": "on", "texts_say": "look"},
    )
    jay.refresh_from_db()
    assert jay.texts_say == User.TextsSay.LOOK


def test_plain_text_gets_160_characters_and_other_letters_70():
    assert texts.fits_one_part("a" * 160) and not texts.fits_one_part("a" * 161)
    assert texts.fits_one_part("ŵ" * 70) and not texts.fits_one_part("ŵ" + "a" * 70)
    assert texts.room_used("€") == (2, 160)
    with pytest.raises(texts.TextTooLong, match="at most 70"):
        texts.check("Shwmae 👋 " + "a" * 70)


def test_no_text_at_night_it_waits_for_the_morning(jay, settings, monkeypatch):
    settings.TEXT_QUIET_HOURS = (21, 8)
    night = _at(22, 30)
    monkeypatch.setattr("django.utils.timezone.now", lambda: night)
    note = _tell(jay)
    assert texts.outbox == []
    note.refresh_from_db()
    assert timezone.localtime(note.text_due_at).hour == 8
    assert timezone.localdate(note.text_due_at) == timezone.localdate(night) + timezone.timedelta(1)
    assert held_texts_send(now=note.text_due_at - timezone.timedelta(minutes=1)) == 0
    assert held_texts_send(now=note.text_due_at) == 1
    assert held_texts_send(now=note.text_due_at) == 0  # never twice
    assert len(texts.outbox) == 1 and "Thu 12 Mar" in texts.outbox[0].body


def test_after_midnight_it_waits_for_this_morning(jay, settings, monkeypatch):
    settings.TEXT_QUIET_HOURS = (21, 8)
    moment = _at(5, 15)
    monkeypatch.setattr("django.utils.timezone.now", lambda: moment)
    note = _tell(jay)
    assert timezone.localtime(note.text_due_at) == timezone.localtime(_at(8))


def test_a_change_to_something_today_is_texted_even_at_night(jay, settings, monkeypatch):
    settings.TEXT_QUIET_HOURS = (21, 8)
    moment = _at(22, 30)
    monkeypatch.setattr("django.utils.timezone.now", lambda: moment)
    _tell(jay, today=True)
    assert len(texts.outbox) == 1


def test_someone_who_stops_texts_in_the_night_gets_none_in_the_morning(jay, settings, monkeypatch):
    settings.TEXT_QUIET_HOURS = (21, 8)
    moment = _at(23)
    monkeypatch.setattr("django.utils.timezone.now", lambda: moment)
    note = _tell(jay)
    jay.wants_texts = False
    jay.save()
    assert held_texts_send(now=note.text_due_at) == 0 and texts.outbox == []
    # No longer held: its text is not needed any more.
    assert Delivery.objects.get().status == Delivery.Status.CANCELLED


def test_in_the_day_it_goes_at_once(jay, settings, monkeypatch):
    settings.TEXT_QUIET_HOURS = (21, 8)
    moment = _at(12)
    monkeypatch.setattr("django.utils.timezone.now", lambda: moment)
    note = _tell(jay)
    assert len(texts.outbox) == 1 and note.text_due_at is None and note.texted_at is not None
