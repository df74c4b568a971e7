"""Who is signed in, read from the shared cache instead of the database on every request.

    MIDDLEWARE = [..., "codesign.runtime.signed_in.SignedInUserMiddleware", ...]

The account is kept under a *generation*: a random word, one per person, that changes when
their account row is saved or deleted, when their unread count moves, and when they sign out
(`forget_signed_in_user`). The generation is read with the account in one round trip, and an
account kept under an older one is never used. It changes again when the transaction that
made the change commits, so a request that read the old row meanwhile cannot put it back.

Django's own check still runs on every request: the session must carry the hash of the
password the kept account has. Giving someone a new sign-in card or changing a password saves
the account, so the next request reads the new password from the database and every other
session of theirs ends, as without the cache.

As with sessions (codesign/runtime/sessions.py), only a shared cache that answers is used:
with a per-process cache, or while Redis is down, the account is read from the database; and
nothing is kept longer than CACHE_SECONDS.
"""

import secrets

from django.conf import settings
from django.contrib import auth
from django.contrib.auth.middleware import AuthenticationMiddleware
from django.core.cache import cache
from django.db import transaction
from django.utils.crypto import constant_time_compare
from django.utils.functional import SimpleLazyObject

from codesign.runtime.infrastructure import shared_cache_answers

CACHE_SECONDS = 5 * 60


def _keys(user_id):
    return f"signed-in:{user_id}:generation", f"signed-in:{user_id}:account"


def generation(name):
    """The current generation of `name`: a random word, made the first time it is asked for."""
    word = cache.get(name)
    if word is None:
        cache.add(name, secrets.token_hex(8), None)
        word = cache.get(name)
    return word


def new_generation(name):
    """Make what was kept under `name`'s generation unreachable, now and when the transaction
    in progress commits."""

    def renew():
        cache.set(name, secrets.token_hex(8), None)

    renew()
    transaction.on_commit(renew)


def forget_signed_in_user(user_id):
    """Someone's account changed: the next request reads it from the database."""
    new_generation(_keys(user_id)[0])


def account_generation_key(user):
    """Where the word that changes whenever `user`'s account does is kept: for caching what
    depends on their account (read it with `generation`)."""
    return _keys(user.pk)[0]


def signed_in_user(request):
    if not shared_cache_answers(cache):
        return auth.get_user(request)
    session = request.session
    try:
        user_id = session[auth.SESSION_KEY]
        backend_path = session[auth.BACKEND_SESSION_KEY]
        session_hash = session[auth.HASH_SESSION_KEY]
    except KeyError:
        # Not signed in (no query is needed to say so), or a session Django must judge.
        return auth.get_user(request)
    generation_key, account_key = _keys(user_id)
    kept = cache.get_many([generation_key, account_key])
    current, account = kept.get(generation_key), kept.get(account_key)
    if (
        current is not None
        and account is not None
        and account[0] == current
        and backend_path in settings.AUTHENTICATION_BACKENDS
        and constant_time_compare(session_hash, account[1].get_session_auth_hash())
    ):
        user = account[1]
        user.backend = backend_path
        return user
    current = current or generation(generation_key)
    user = auth.get_user(request)
    if user.is_authenticated:
        cache.set(account_key, (current, user), CACHE_SECONDS)
    return user


class SignedInUserMiddleware(AuthenticationMiddleware):
    """Django's AuthenticationMiddleware, with request.user from `signed_in_user`."""

    def process_request(self, request):
        super().process_request(request)

        def user():
            if not hasattr(request, "_cached_user"):
                request._cached_user = signed_in_user(request)
            return request._cached_user

        request.user = SimpleLazyObject(user)


def forget_on_save(sender, instance, **kwargs):
    forget_signed_in_user(instance.pk)


def forget_on_sign_out(sender, request, user, **kwargs):
    if user is not None:
        forget_signed_in_user(user.pk)


def connect():
    """Called once at start-up (codesign.apps): saving or deleting an account, and signing out,
    forget the kept account."""
    from django.contrib.auth.signals import user_logged_out
    from django.db.models.signals import post_delete, post_save

    for signal in (post_save, post_delete):
        signal.connect(
            forget_on_save,
            sender=settings.AUTH_USER_MODEL,
            dispatch_uid=f"codesign.signed_in.{signal is post_save}",
        )
    user_logged_out.connect(forget_on_sign_out, dispatch_uid="codesign.signed_in.sign_out")
