"""The shared cache (Redis) as something the site can live without.

When Redis stops answering, every cache call is served from this process's own memory instead
of raising: pages are worked out afresh (slower, never an error), as with the embedded default
(CACHE_URL=local). Nothing cached is ever the only copy of anything, and what the overview
keeps is keyed by each project's data version (projects/freshness.py), so a process's own
memory is as correct as the shared cache, only colder.

Rate limits meanwhile: allauth's limits on sign-in attempts and new accounts, and our limit on
wrong join codes, are counted in this process's memory while Redis is down, so each web process
counts on its own. We chose that over the two other ways it could go:

- refusing everyone (allauth takes a lock in the cache with `add`; an `add` that always fails
  makes it wait a second and answer "too many attempts" to every person signing in), which turns
  a cache outage into nobody being able to sign in or join;
- counting nothing, which leaves guessing passwords and join codes unlimited for the outage.

So a limit still holds during an outage, only as many times looser as there are web processes
(e.g. 4 workers on 2 servers: up to 8 times the attempts), and only for those minutes. Counts
made meanwhile are not carried into Redis when it returns, and are forgotten then.

The outage is logged at most once a minute a process (how many calls failed meanwhile is in
the next line), and its end once. After a failure, Redis is left alone for RETRY_SECONDS so a
Redis that hangs rather than refuses costs one socket timeout per process per few seconds, not
one per call; then the next call tries it again, so the site goes back to Redis by itself.
"""

import logging
import threading
import time

from django.core.cache.backends.locmem import LocMemCache
from django.core.cache.backends.redis import RedisCache, RedisCacheClient
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import ReadOnlyError
from redis.exceptions import TimeoutError as RedisTimeoutError

logger = logging.getLogger("codesign.runtime.cache")

# Redis not reachable, too slow, loading its data after a restart, or a replica during failover.
OUTAGE_ERRORS = (RedisConnectionError, RedisTimeoutError, ReadOnlyError)
LOG_EVERY_SECONDS = 60
RETRY_SECONDS = 5


class _Outage:
    """What this process knows about Redis, shared by the cache objects of all its threads."""

    def __init__(self):
        self.lock = threading.Lock()
        self.down_since = None
        self.retry_at = 0.0
        self.logged_at = None
        self.failed_calls = 0

    def failed(self, error):
        now = time.monotonic()
        with self.lock:
            self.failed_calls += 1
            self.retry_at = now + RETRY_SECONDS
            if self.down_since is None:
                self.down_since = now
            if self.logged_at is not None and now - self.logged_at < LOG_EVERY_SECONDS:
                return
            self.logged_at, failed_calls, self.failed_calls = now, self.failed_calls, 0
        logger.error(
            "The cache (Redis) is not answering; serving from this process's memory "
            "(%d failed calls since the last line): %s: %s",
            failed_calls,
            type(error).__name__,
            error,
        )

    def answered(self):
        """Note that Redis answered; True if that ends an outage."""
        if self.down_since is None:
            return False
        with self.lock:
            if self.down_since is None:
                return False
            lasted = time.monotonic() - self.down_since
            self.down_since, self.logged_at, self.failed_calls = None, None, 0
        logger.warning("The cache (Redis) answers again, after %.0f seconds.", lasted)
        return True

    def waiting(self):
        return self.down_since is not None and time.monotonic() < self.retry_at


outage = _Outage()
# This process's memory, one for each set of cache settings, shared by its threads.
_memory = {}


def _fail_soft(name):
    def call(self, *args, **kwargs):
        if not outage.waiting():
            try:
                result = getattr(super(FailSoftRedisCache, self), name)(*args, **kwargs)
            except OUTAGE_ERRORS as error:
                outage.failed(error)
            else:
                if outage.answered():
                    # What was kept meanwhile must not come back in the next outage.
                    self.memory.clear()
                return result
        return getattr(self.memory, name)(*args, **kwargs)

    call.__name__ = name
    call.__doc__ = f"RedisCache.{name}, or this process's memory while Redis does not answer."
    return call


class _OneClientPerPool(RedisCacheClient):
    """Django's client makes a new redis.Redis object for every call, which costs more CPU
    than the call itself; one per connection pool (they are safe to share between threads)
    serves them all."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        pool = self._get_connection_pool(write)
        client = self._clients.get(id(pool))
        if client is None:
            client = self._clients[id(pool)] = self._client(connection_pool=pool)
        return client


class FailSoftRedisCache(RedisCache):
    """Django's RedisCache that carries on in this process's memory while Redis is down (see
    the module's docstring for why, and for what that means for rate limits)."""

    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = _OneClientPerPool
        self._params = {
            name: value for name, value in params.items() if name not in {"OPTIONS", "LOCATION"}
        }
        self.memory = _fallback_for(self._params)

    @property
    def is_failing(self):
        """True while Redis is not answering (for /healthz)."""
        return outage.down_since is not None

    add = _fail_soft("add")
    get = _fail_soft("get")
    set = _fail_soft("set")
    touch = _fail_soft("touch")
    delete = _fail_soft("delete")
    get_many = _fail_soft("get_many")
    has_key = _fail_soft("has_key")
    incr = _fail_soft("incr")
    set_many = _fail_soft("set_many")
    delete_many = _fail_soft("delete_many")
    clear = _fail_soft("clear")


def _fallback_for(params):
    key = tuple(sorted((name, repr(value)) for name, value in params.items()))
    if key not in _memory:
        _memory[key] = LocMemCache(f"codesign-cache-outage-{len(_memory)}", params)
    return _memory[key]
