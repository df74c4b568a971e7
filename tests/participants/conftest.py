import pytest
from django.core.cache import cache


@pytest.fixture(autouse=True)
def _fresh_rate_limits():
    """Wrong-code and sign-up limits are counted in the cache; each test starts afresh."""
    cache.clear()
    yield
    cache.clear()
