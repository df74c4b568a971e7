"""The demo ships six starter modules in plain words, 3 to 6 steps each, published."""

from django.core.management import call_command

from sessions.models import TrainingModule


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
