from django.core.management import call_command

from participants.models import Invitation, Participant
from projects.models import Project
from projects.seed.demo import DEMO_SLUG


def test_the_demo_has_someone_offline_with_a_code_a_request_an_expired_invitation(
    settings, db, capsys
):
    settings.DEBUG = True
    call_command("seed_demo")
    call_command("seed_demo")
    project = Project.objects.get(slug=DEMO_SLUG)
    kirsty = Participant.objects.get(project=project, display_name="Kirsty")
    assert kirsty.user is None and kirsty.status == "active"
    card = Invitation.objects.get(participant=kirsty)
    assert card.is_pending and card.email == ""
    assert Participant.objects.get(user__email="sam@demo.codesign.test").status == "pending"
    assert Invitation.objects.get(email="ross@demo.codesign.test").state == "expired"
    assert Invitation.objects.get(email="lorna@demo.codesign.test").state == "waiting"
    from_local_lead = Invitation.objects.filter(invited_by__email="local.lead@demo.codesign.test")
    assert from_local_lead.count() == 5
    assert from_local_lead.filter(accepted_at__isnull=False).count() == 2
    assert project.open_join_enabled and len(project.open_join_code) == 12
    assert Invitation.objects.count() == 5
    assert Participant.objects.filter(project=project).count() == 10  # with Dylan, no email
    out = capsys.readouterr().out
    assert f"Kirsty (takes part offline, no email), invitation: {card.grouped_code}" in out


def test_the_printed_code_lets_kirsty_claim_her_place(settings, db, client):
    settings.DEBUG = True
    call_command("seed_demo")
    card = Invitation.objects.get(participant__display_name="Kirsty")
    response = client.get(f"/join/{card.grouped_code}/")
    assert response.status_code == 200
    assert "You are invited to Redesigning Support for Care Leavers" in response.content.decode()


def test_dylan_has_no_email_and_signs_in_with_the_name_on_his_card(settings, db, client, capsys):
    from participants.seed.demo import DEMO_PASSWORD

    settings.DEBUG = True
    call_command("seed_demo")
    call_command("seed_demo")
    dylan = Participant.objects.get(user__username="dylan583")
    assert dylan.user.email is None and dylan.status == "active"
    assert "dylan583" in capsys.readouterr().out
    client.post("/accounts/login/", {"login": "Dylan583", "password": DEMO_PASSWORD})
    assert client.get("/me/").status_code == 200


def test_sam_chose_texts_and_gets_one_when_a_lead_says_yes(settings, db, client):
    from codesign import texts
    from participants.seed.demo import DEMO_PASSWORD

    settings.DEBUG = True
    call_command("seed_demo")
    texts.outbox.clear()
    sam = Participant.objects.get(user__email="sam@demo.codesign.test")
    client.post("/accounts/login/", {"login": "lead@demo.codesign.test", "password": DEMO_PASSWORD})
    client.post(f"/projects/{sam.project.slug}/people/{sam.pk}/approve/")
    (text,) = texts.outbox
    assert text.to == "+447911123456" and "Care Leavers" not in text.body
    texts.outbox.clear()
