"""The demo's hours: Jay's page shows paid hours (his evening claim, paid as a voucher) and
unpaid ones (the first workshop and the pitch night's panel, with no claim), and how near the
first volunteering award is; his time sheet prints."""

from django.core.management import call_command

from participants.models import User
from projects.seed.demo import DEMO_SLUG
from sessions.payments.selectors.hours import hours_attended, hours_totals


def test_jays_hours_come_in_all_three_kinds(settings, db, client):
    settings.DEBUG = True
    call_command("seed_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115
    call_command("seed_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115
    jay = User.objects.get(email="young.person@demo.codesign.test")
    totals = hours_totals(hours_attended(user=jay))
    assert totals.paid and totals.unpaid and not totals.lowered
    client.force_login(jay)
    body = client.get("/me/hours/").content.decode()
    assert "more unpaid hour" in body and "to the 10-hour award" in body
    response = client.get(f"/me/hours/{DEMO_SLUG}/time-sheet.pdf")
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
