"""The demo's network: people who said "ask me about future work", and the lead's next project."""

from django.core.management import call_command

from participants.models import FutureWork, NetworkAsk, User
from participants.seed.demo_network import NEXT_SLUG


def test_the_lead_can_invite_the_demo_network_into_the_next_project(settings, db, client):
    settings.DEBUG = True
    call_command("seed_demo")
    call_command("seed_demo")
    assert FutureWork.objects.filter(wants_asking=True).count() == 4
    assert NetworkAsk.objects.count() == 1
    client.force_login(User.objects.get(email="lead@demo.codesign.test"))
    body = client.get(f"/projects/{NEXT_SLUG}/people/network/").content.decode()
    assert body.index("Jay") < body.index("Ellie")
    assert "Fiona" in body and "Dylan" not in body
    assert "Making short videos about leaving care" in body
