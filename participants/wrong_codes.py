"""A limit on wrong join codes from one address: plenty for typing mistakes, far too few to
find a working code by guessing. Counted in the shared cache, so it holds across web servers."""

from allauth.account.adapter import get_adapter
from django.core.cache import cache

LIMIT = 20
WINDOW_SECONDS = 15 * 60


def _key(request):
    return f"join:wrong-codes:{get_adapter(request).get_client_ip(request)}"


def too_many(request):
    """True once this address has typed LIMIT wrong codes within the window."""
    return cache.get(_key(request), 0) >= LIMIT


def count_one(request):
    key = _key(request)
    cache.add(key, 0, WINDOW_SECONDS)
    try:
        cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, WINDOW_SECONDS)
