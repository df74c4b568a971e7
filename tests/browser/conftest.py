import pytest
from django.core.cache import cache
from django.core.management import call_command

from projects.models import Project
from projects.seed.demo import DEMO_SLUG


@pytest.fixture
def demo(settings, transactional_db):
    """The demo project from `seed_demo`, for checks that walk every page of it."""
    settings.DEBUG = True
    call_command("seed_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115
    settings.DEBUG = False
    cache.clear()
    return Project.objects.get(slug=DEMO_SLUG)
