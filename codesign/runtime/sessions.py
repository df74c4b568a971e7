"""Sessions kept in the database and read from the shared cache (SESSION_ENGINE).

Every signed-in request reads its session; with Redis that read costs no query. The database
stays the truth: every change is written there first, and a session the cache does not hold
is read from there.

Two rules keep the cache from ever keeping someone signed in who signed out:

- Only a shared cache that answers is read. A per-process cache (CACHE_URL=local) or one kept
  in a process's memory while Redis is down would let another process keep a session this
  one ended, so then every session is read from the database, as before.
- A session is kept in the cache for CACHE_SECONDS at most. A sign-out made while Redis was
  down reaches the database only; once Redis is back, the copy it still holds lives on for
  at most that long.
"""

from django.contrib.sessions.backends import cached_db
from django.contrib.sessions.backends.db import SessionStore as DatabaseStore

from codesign.runtime.infrastructure import shared_cache_answers

CACHE_SECONDS = 5 * 60


class SessionStore(cached_db.SessionStore):
    cache_key_prefix = "codesign.session:"

    def load(self):
        if not shared_cache_answers(self._cache):
            return DatabaseStore.load(self)
        data = self._cache.get(self.cache_key)
        if data is not None:
            return data
        row = self._get_session_from_db()
        if row is None:
            return {}
        data = self.decode(row.session_data)
        self._cache.set(self.cache_key, data, self._cache_seconds(row.expire_date))
        return data

    def exists(self, session_key):
        # Asked when a new key is made: only the database can say a key is free.
        return DatabaseStore.exists(self, session_key)

    def save(self, must_create=False):
        DatabaseStore.save(self, must_create)
        if shared_cache_answers(self._cache):
            self._cache.set(self.cache_key, self._session, self._cache_seconds())
        else:
            # A copy kept from before must not outlive this change.
            self._cache.delete(self.cache_key)

    def _cache_seconds(self, expiry=None):
        return max(0, min(CACHE_SECONDS, self.get_expiry_age(expiry=expiry)))
