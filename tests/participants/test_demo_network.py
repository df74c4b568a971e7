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


def test_each_partner_organisation_has_a_lead_and_people_in_its_network(settings, db, client):
    from participants.selectors.network import organisation_network
    from projects.models import Organisation, OrganisationMember
    from projects.seed.demo import DEMO_SLUG

    settings.DEBUG = True
    call_command("seed_demo")
    call_command("seed_demo")
    organisations = Organisation.objects.filter(partnerships__project__slug=DEMO_SLUG)
    assert organisations.count() == 4
    for organisation in organisations:
        lead = OrganisationMember.objects.leads().get(organisation=organisation)
        names = {person.display_name for person in organisation_network(organisation)}
        assert {"Jay", "Ellie"} <= names and "Dylan" not in names
        client.force_login(lead.user)
        body = client.get(f"/organisations/{organisation.slug}/network/").content.decode()
        assert body.index("Jay") < body.index("Ellie")
    iriss = Organisation.objects.get(name="IRISS")
    client.force_login(User.objects.get(email="lead@demo.codesign.test"))
    body = client.get(f"/organisations/{iriss.slug}/network/").content.decode()
    assert "Next Steps" in body and "Invite people from the network" in body
