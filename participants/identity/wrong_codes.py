"""A limit on wrong codes from one address: plenty for typing mistakes, far too few to find a
working code by guessing. Counted in the shared cache, so it holds across web servers.

Each kind of code (join codes, sign-in card codes) has its own count."""

from allauth.account.adapter import get_adapter
from django.core.cache import cache

LIMIT = 20
WINDOW_SECONDS = 15 * 60


def _key(request, kind):
    return f"{kind}:wrong-codes:{get_adapter(request).get_client_ip(request)}"


def too_many(request, kind="join"):
    """True once this address has typed LIMIT wrong codes of `kind` within the window."""
    return cache.get(_key(request, kind), 0) >= LIMIT


def count_one(request, kind="join"):
    key = _key(request, kind)
    cache.add(key, 0, WINDOW_SECONDS)
    try:
        cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, WINDOW_SECONDS)
