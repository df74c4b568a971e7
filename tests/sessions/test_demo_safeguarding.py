"""The demo's safeguarding chapter: a safeguarding lead, vetting checks (one running out soon)
and a closed concern only the safeguarding lead can see, once however often it runs."""

from django.core.management import call_command
from django.test import Client
from django.urls import reverse

from participants.models import User
from projects.models import Project
from projects.seed.demo import DEMO_SLUG
from sessions.models import Concern, SafeguardingLead, Vetting

PEOPLE = [
    "lead@demo.codesign.test",
    "local.lead@demo.codesign.test",
    "facilitator@demo.codesign.test",
    "young.person@demo.codesign.test",
    "manager@demo.codesign.test",
]


def test_the_demo_has_a_safeguarding_lead_checks_and_a_closed_concern(settings, db):
    settings.DEBUG = True
    call_command("seed_demo")
    call_command("seed_demo")
    project = Project.objects.get(slug=DEMO_SLUG)
    assert [lead.participant.user.email for lead in SafeguardingLead.objects.all()] == [
        "staff@demo.codesign.test"
    ]
    assert Vetting.objects.count() == 4
    concern = Concern.objects.get()
    assert concern.status == "closed" and concern.actions.count() == 1
    url = reverse("safeguarding:concern", args=[project.slug, concern.pk])

    fiona = Client()
    fiona.force_login(User.objects.get(email="staff@demo.codesign.test"))
    assert "electricity meter" in fiona.get(url).content.decode()
    lead = Client()
    lead.force_login(User.objects.get(email="lead@demo.codesign.test"))
    overview = lead.get(reverse("projects:detail", args=[project.slug])).content.decode()
    assert "1 vetting check running out within 60 days" in overview
    for email in PEOPLE:
        someone = Client()
        someone.force_login(User.objects.get(email=email))
        assert someone.get(url).status_code == 403, email


def test_the_demo_has_safety_information_and_answers_to_how_was_today(settings, db):
    from sessions.models import DayAnswer, SafetyInfo
    from sessions.safeguarding.demo import RECENT_TITLE

    settings.DEBUG = True
    call_command("seed_demo")
    call_command("seed_demo")
    project = Project.objects.get(slug=DEMO_SLUG)
    info = SafetyInfo.objects.get()
    assert info.participant.user.email == "young.person@demo.codesign.test"
    recent = project.sessions.get(title=RECENT_TITLE)
    assert DayAnswer.objects.filter(session=recent).count() == 3
    safety = reverse("safeguarding:safety_list", args=[project.slug, info.session.pk])

    priya = Client()
    priya.force_login(User.objects.get(email="facilitator@demo.codesign.test"))
    assert "peanuts" in priya.get(safety).content.decode()
    page = priya.get(recent.get_absolute_url()).content.decode()
    assert "3 people answered" in page and "too noisy" in page
    for email in ["lead@demo.codesign.test", "staff@demo.codesign.test"]:
        someone = Client()
        someone.force_login(User.objects.get(email=email))
        assert someone.get(safety).status_code == 403, email
