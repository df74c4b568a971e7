import pytest

from tests.helpers import demo_project


@pytest.fixture
def demo(settings, transactional_db):
    """The demo project from `seed_demo`, for checks that walk every page of it."""
    return demo_project(settings)
