"""The demo's payments chapter: Jay's claim for the evening workshop is paid as a voucher within
the target, shows in the finance export and the funding view, once however often it runs."""

import csv
import io

from django.core.management import call_command
from django.test import Client
from django.utils import timezone

from participants.models import User
from projects.models import Project, Spend
from projects.seed.demo import DEMO_SLUG
from projects.selectors.funding import funding_summary
from sessions.models import Claim, Rate
from sessions.payments.selectors.payments import due_on, payment_terms


def test_the_demo_pays_jays_claim_within_the_target_once(settings, db):
    settings.DEBUG = True
    call_command("seed_demo")
    call_command("seed_demo")
    project = Project.objects.get(slug=DEMO_SLUG)
    jay = User.objects.get(email="young.person@demo.codesign.test")
    claim = Claim.objects.get(participant__user=jay, status="paid")
    assert (claim.status, claim.route, claim.paid_by_route) == ("paid", "voucher", "voucher")
    assert claim.session.attendances.get(participant=claim.participant).attended
    assert timezone.localtime(claim.session.starts_at).hour >= 17
    assert claim.expenses.get().kind == "travel" and claim.expenses.get().receipt
    assert claim.paid_on <= due_on(claim, payment_terms(project))
    assert (
        Rate.objects.count() == 3
        and Claim.objects.count() == 3
        and Spend.objects.filter(claim__isnull=False).count() == 1
    )
    assert funding_summary(project).spent >= claim.total_pence

    lead = Client()
    lead.force_login(User.objects.get(email="lead@demo.codesign.test"))
    today = timezone.localdate()
    response = lead.get(
        f"/projects/{project.slug}/payments/finance/",
        {
            "start": (today - timezone.timedelta(days=30)).isoformat(),
            "end": today.isoformat(),
            "download": "1",
        },
    )
    rows = list(csv.reader(io.StringIO(response.content.decode())))
    assert [row[3] for row in rows[1:]] == ["Jay"]

    person = Client()
    person.force_login(jay)
    page = person.get(f"/projects/{project.slug}/payments/").content.decode()
    assert "Paid to you for your time: <strong>£30.00</strong>" in page
    letter = person.get(f"/projects/{project.slug}/payments/letter/").content.decode()
    assert "£30.00 for your time" in letter
