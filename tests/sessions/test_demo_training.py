"""The demo ships six starter modules in plain words, 3 to 6 steps each, published, and a
training session with a young co-trainer and confidence ratings before and after."""

from django.core.management import call_command
from django.test import Client
from django.utils import timezone

from participants.models import User
from sessions.models import Claim, Delivery, Rating, TrainingModule


def test_the_demo_has_the_starter_modules(db, settings):
    settings.DEBUG = True
    call_command("seed_demo", verbosity=0)
    call_command("seed_demo", verbosity=0)
    modules = TrainingModule.objects.all()
    assert modules.count() == 6
    for module in modules:
        assert module.is_published
        assert 3 <= module.steps.count() <= 6
        assert 2 <= module.statements.count() <= 4
    assert modules.filter(title="Staying safe and who to tell").exists()


def test_the_demo_has_a_training_session_with_a_young_co_trainer_and_ratings(db, settings):
    settings.DEBUG = True
    call_command("seed_demo", verbosity=0)
    call_command("seed_demo", verbosity=0)
    delivery = Delivery.objects.get()
    assert delivery.module.title == "Speaking up with managers"
    assert [p.display_name for p in delivery.co_trainers.all()] == ["Jay"]
    assert delivery.session.kind == "training" and delivery.session.ends_at < timezone.now()
    assert Rating.objects.filter(moment="before").count() == 6
    assert Rating.objects.filter(moment="after").count() == 6
    jays = Claim.objects.get(session=delivery.session)
    assert (jays.participant.display_name, jays.status, jays.rate_pence) == ("Jay", "waiting", 1800)

    lead = Client()
    lead.force_login(User.objects.get(email="lead@demo.codesign.test"))
    page = lead.get(delivery.module.get_absolute_url()).content.decode()
    assert "5.0 → 7.7 for young people, 3 people" in page
    assert "Training: speaking up with managers" in page
