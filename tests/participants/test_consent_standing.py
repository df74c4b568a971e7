"""Where consent stands today: withdrawal, and asking again at 18 (time moved with `today`)."""

import datetime

import pytest
from django.utils import timezone

from participants import consent_texts
from participants.models import Consent
from participants.selectors.consent import (
    add_years,
    consent_to_do,
    current_consents,
    is_under_18,
    may_contact,
    photo_consent_level,
    photos_allowed,
)
from participants.services.consent import consent_withdraw, consents_give, own_consents_give
from tests.participants.people import ALL_YES, offline_person

LONDON = timezone.get_default_timezone()


def at(day, hour=12):
    return datetime.datetime.combine(day, datetime.time(hour), tzinfo=LONDON)


@pytest.fixture
def jay(cast):
    return cast.participants["young_person"]


def test_nothing_answered_counts_as_no(jay):
    answers = current_consents(jay)
    assert {p: a.level for p, a in answers.items()} == {
        "data": "no",
        "photos": "no",
        "contact": "no",
    }
    assert not any(a.answered for a in answers.values())
    assert photo_consent_level(jay) == "no"
    assert consent_to_do(jay) == (["data", "photos", "contact"], [])


def test_answers_are_stored_with_the_exact_words_and_the_time(jay):
    jay.user.age_band = "18_25"
    jay.user.save()
    consents_give(participant=jay, answers=ALL_YES)
    photos = Consent.objects.get(participant=jay, purpose="photos")
    assert photos.text_shown == consent_texts.text_shown("photos")
    assert "Can photos of you be used?" in photos.text_shown
    assert "Anywhere, including on a public web page" in photos.text_shown
    assert "Consent wording version 1" in photos.text_shown
    assert timezone.now() - photos.given_at < datetime.timedelta(minutes=1)
    assert not photos.given_under_18
    assert photo_consent_level(jay) == "public"
    assert may_contact(jay)


def test_changing_an_answer_keeps_the_history(jay):
    consents_give(participant=jay, answers={"photos": "public"})
    consents_give(participant=jay, answers={"photos": "inside"})
    rows = list(Consent.objects.filter(participant=jay, purpose="photos").order_by("pk"))
    assert [r.level for r in rows] == ["public", "inside"]
    assert rows[0].withdrawn_at is not None
    assert rows[1].withdrawn_at is None
    assert photo_consent_level(jay) == "inside"


def test_giving_the_same_answer_again_adds_nothing(jay):
    consents_give(participant=jay, answers=ALL_YES)
    assert consents_give(participant=jay, answers=ALL_YES) == []
    assert Consent.objects.filter(participant=jay).count() == 3


def test_answers_to_older_wording_are_asked_again_with_the_new_words(jay):
    old = Consent.objects.create(
        participant=jay, purpose="photos", level="public", text_shown="Older words"
    )
    consents_give(participant=jay, answers={"photos": "public"})
    old.refresh_from_db()
    assert old.withdrawn_at is not None
    assert Consent.objects.filter(participant=jay, withdrawn_at=None).get().text_shown == (
        consent_texts.text_shown("photos")
    )


def test_withdrawing_photos_drops_to_not_at_all_at_once(jay):
    (photos,) = consents_give(participant=jay, answers={"photos": "public"})
    consent_withdraw(consent=photos)
    assert photo_consent_level(jay) == "no"
    assert not photos_allowed(jay, "inside")
    answer = current_consents(jay)["photos"]
    assert answer.answered and answer.consent is None
    photos.refresh_from_db()
    assert photos.withdrawn_at is not None
    # Withdrawn counts as answered: the welcome step does not ask again.
    assert consent_to_do(jay) == (["data", "contact"], [])


def test_withdrawing_twice_keeps_the_first_time(jay):
    (contact,) = consents_give(participant=jay, answers={"contact": "yes"})
    first = consent_withdraw(consent=contact).withdrawn_at
    assert consent_withdraw(consent=contact).withdrawn_at == first


@pytest.mark.parametrize(
    ("level", "inside", "reports", "public"),
    [
        ("no", False, False, False),
        ("inside", True, False, False),
        ("reports", True, True, False),
        ("public", True, True, True),
    ],
)
def test_each_photo_level_includes_the_narrower_ones(jay, level, inside, reports, public):
    consents_give(participant=jay, answers={"photos": level})
    assert photos_allowed(jay, "inside") is inside
    assert photos_allowed(jay, "reports") is reports
    assert photos_allowed(jay, "public") is public


# --- Asking again at 18 ----------------------------------------------------------------------


@pytest.fixture
def seventeen(jay):
    """Jay answers on 1 June 2026, a month before turning 18 on 1 July 2026."""
    jay.user.date_of_birth = datetime.date(2008, 7, 1)
    jay.user.save()
    own_consents_give(
        participant=jay,
        answers=ALL_YES,
        date_of_birth=jay.user.date_of_birth,
        now=at(datetime.date(2026, 6, 1)),
    )
    return jay


def test_consent_given_at_17_is_flagged_under_18(seventeen):
    assert all(c.given_under_18 for c in Consent.objects.filter(participant=seventeen))
    seventeen.user.refresh_from_db()
    assert seventeen.user.age_band == "16_17"


def test_before_the_18th_birthday_under_18_consent_stands(seventeen):
    day_before = datetime.date(2026, 6, 30)
    answers = current_consents(seventeen, today=day_before)
    assert not any(a.needs_renewal for a in answers.values())
    assert photo_consent_level(seventeen, today=day_before) == "public"
    assert may_contact(seventeen, today=day_before)


def test_from_the_18th_birthday_photos_and_contact_wait_for_a_new_answer(seventeen):
    birthday = datetime.date(2026, 7, 1)
    answers = current_consents(seventeen, today=birthday)
    assert all(a.needs_renewal for a in answers.values())
    assert photo_consent_level(seventeen, today=birthday) == "inside"
    assert not photos_allowed(seventeen, "reports", today=birthday)
    assert not may_contact(seventeen, today=birthday)
    # Using their information stands, so they can still take part and answer again.
    assert answers["data"].level == "yes"
    assert consent_to_do(seventeen, today=birthday) == ([], ["data", "photos", "contact"])


def test_photos_only_inside_the_project_stay_inside_while_waiting(jay):
    jay.user.date_of_birth = datetime.date(2008, 7, 1)
    jay.user.save()
    consents_give(participant=jay, answers={"photos": "inside"}, now=at(datetime.date(2026, 6, 1)))
    assert photo_consent_level(jay, today=datetime.date(2026, 8, 1)) == "inside"


def test_answering_again_at_18_gives_adult_consent(seventeen):
    birthday = datetime.date(2026, 7, 1)
    own_consents_give(
        participant=seventeen,
        answers=ALL_YES,
        date_of_birth=seventeen.user.date_of_birth,
        now=at(birthday, 18),
    )
    current = Consent.objects.filter(participant=seventeen, withdrawn_at=None)
    assert current.count() == 3
    assert not any(c.given_under_18 for c in current)
    assert Consent.objects.filter(participant=seventeen).count() == 6
    later = datetime.date(2027, 1, 1)
    assert photo_consent_level(seventeen, today=later) == "public"
    assert may_contact(seventeen, today=later)


def test_a_leap_day_birthday_turns_18_on_1_march(jay):
    jay.user.date_of_birth = datetime.date(2008, 2, 29)
    jay.user.save()
    consents_give(participant=jay, answers={"contact": "yes"}, now=at(datetime.date(2025, 5, 1)))
    assert add_years(jay.user.date_of_birth, 18) == datetime.date(2026, 3, 1)
    assert may_contact(jay, today=datetime.date(2026, 2, 28))
    assert not may_contact(jay, today=datetime.date(2026, 3, 1))


def test_with_only_the_age_band_16_or_17_we_ask_again_a_year_later(jay):
    jay.user.age_band = "16_17"
    jay.user.save()
    consents_give(participant=jay, answers=ALL_YES, now=at(datetime.date(2026, 3, 10)))
    assert may_contact(jay, today=datetime.date(2027, 3, 9))
    assert not may_contact(jay, today=datetime.date(2027, 3, 10))
    assert photo_consent_level(jay, today=datetime.date(2027, 3, 10)) == "inside"


def test_an_adult_age_band_is_never_asked_again(jay):
    jay.user.age_band = "18_25"
    jay.user.save()
    consents_give(participant=jay, answers=ALL_YES, now=at(datetime.date(2026, 3, 10)))
    assert photo_consent_level(jay, today=datetime.date(2036, 1, 1)) == "public"


@pytest.mark.parametrize(
    ("role", "under_18"),
    [("young_person", True), ("staff", False), ("manager", False), ("lead", False)],
)
def test_with_no_age_at_all_only_young_people_are_treated_as_maybe_under_18(cast, role, under_18):
    assert is_under_18(cast.participants[role]) is under_18


def test_paper_consent_marked_under_18_is_asked_again_a_year_later(cast):
    shona = offline_person(cast)
    consents_give(
        participant=shona,
        answers=ALL_YES,
        recorded_by=cast.lead,
        under_18=True,
        now=at(datetime.date(2026, 1, 5)),
    )
    assert photo_consent_level(shona, today=datetime.date(2026, 12, 1)) == "public"
    assert photo_consent_level(shona, today=datetime.date(2027, 1, 5)) == "inside"
