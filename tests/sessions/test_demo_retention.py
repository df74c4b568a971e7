"""The demo's retention chapter: the lead organisation keeps report photos for longer, which the
project's privacy page shows; once however often the demo runs."""

from django.core.management import call_command
from django.test import Client

from participants.models import User
from projects.models import RetentionOverride
from projects.seed.demo import DEMO_SLUG


def test_the_demo_organisation_keeps_report_photos_ten_years(settings, db):
    settings.DEBUG = True
    call_command("seed_demo")
    call_command("seed_demo")
    override = RetentionOverride.objects.get()
    assert (override.organisation.name, override.record_key, override.months) == (
        "IRISS",
        "photos_reports",
        120,
    )
    client = Client()
    client.force_login(User.objects.get(email="lead@demo.codesign.test"))
    page = client.get(f"/projects/{DEMO_SLUG}/privacy/").content.decode()
    assert "10 years after the session (your organisation's period" in page
