"""The demo cast's support needs and consent answers."""

import datetime

from django.core.management import call_command
from django.utils import timezone

from participants.models import Consent, SupportNeeds, User
from participants.selectors.consent import age_on, consent_to_do, photo_consent_level


def test_the_demo_has_needs_and_consent_and_loads_twice_without_duplicates(settings, db):
    settings.DEBUG = True
    call_command("seed_demo")
    counts = (SupportNeeds.objects.count(), Consent.objects.count())
    call_command("seed_demo")
    assert (SupportNeeds.objects.count(), Consent.objects.count()) == counts

    jay = SupportNeeds.objects.get(participant__user__email="young.person@demo.codesign.test")
    assert jay.childcare and jay.availability == ["evenings"]
    ellie = SupportNeeds.objects.get(participant__user__email="young.person2@demo.codesign.test")
    assert ellie.travel
    fiona = SupportNeeds.objects.get(participant__user__email="staff@demo.codesign.test")
    assert "step_free" in fiona.access
    assert Consent.objects.filter(withdrawn_at=None).count() == 21


def test_ellie_is_17_and_turns_18_soon(settings, db):
    settings.DEBUG = True
    call_command("seed_demo")
    ellie = User.objects.get(email="young.person2@demo.codesign.test")
    today = timezone.localdate()
    assert age_on(ellie.date_of_birth, today) == 17
    assert age_on(ellie.date_of_birth, today + datetime.timedelta(days=30)) == 18
    place = ellie.participations.get()
    assert all(c.given_under_18 for c in place.consents.all())
    assert photo_consent_level(place) == "reports"
    later = today + datetime.timedelta(days=30)
    assert photo_consent_level(place, today=later) == "inside"
    assert consent_to_do(place, today=later)[1] == ["data", "photos", "contact"]
