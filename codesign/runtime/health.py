"""/healthz for load balancers: 200 when the database, the cache and the file store answer,
503 naming the ones that did not. Nothing else is said: no errors, hosts or settings.

It answers within TIME_LIMIT seconds whatever hangs: the cache and the file store are asked in
threads of their own and counted as failed if they have not answered by then. Each is asked
at most once at a time, so a store that hangs ties up one thread, however often /healthz is
asked; until that question ends, the store is reported as failed straight away."""

import logging
import threading
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as NoAnswerYet

from django.core.cache import cache
from django.core.files.storage import default_storage
from django.db import connection, connections
from django.http import JsonResponse

logger = logging.getLogger("codesign.runtime.health")

HEALTH_PATH = "/healthz"


def _database():
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()


def _cache():
    key = f"healthz:{uuid.uuid4().hex}"
    cache.set(key, "ok", 10)
    if cache.get(key) != "ok":
        raise RuntimeError("the cache did not keep a value")
    cache.delete(key)
    if getattr(cache, "is_failing", False):
        raise RuntimeError("Redis is not answering: the cache is in this process's memory")


def _storage():
    # A lookup of a name that is never stored: it reaches the store (and, for S3, proves the
    # bucket and keys work) without writing anything.
    default_storage.exists("healthz/probe")


CHECKS = {"database": _database, "cache": _cache, "storage": _storage}
# Asked in their own threads (the database connection belongs to the request's thread).
APART = ("cache", "storage")
TIME_LIMIT = 1.5  # seconds; load balancers wait 2

_threads = {}
_asking = {}
_asking_lock = threading.Lock()


def _ask_apart(name):
    """Start CHECKS[name] in its own thread, or None while the last question is unanswered."""
    with _asking_lock:
        if name in _asking and not _asking[name].done():
            return None
        if name not in _threads:
            _threads[name] = ThreadPoolExecutor(max_workers=1, thread_name_prefix=f"healthz-{name}")
        _asking[name] = _threads[name].submit(_apart, CHECKS[name])
        return _asking[name]


def _apart(check):
    try:
        check()
    finally:
        # A database cache opens a connection in this thread: never keep it between questions.
        connections.close_all()


def _state(name, answer):
    try:
        answer()
    except NoAnswerYet:
        logger.error("Health check: the %s did not answer within %s s", name, TIME_LIMIT)
    except Exception:
        logger.exception("Health check: the %s did not answer", name)
    else:
        return "ok"
    return "failed"


def _still_waiting():
    raise NoAnswerYet


def health_report():
    deadline = time.monotonic() + TIME_LIMIT
    asked = {name: _ask_apart(name) for name in APART if name in CHECKS}
    report = {name: _state(name, check) for name, check in CHECKS.items() if name not in asked}
    for name, question in asked.items():
        if question is None:
            report[name] = _state(name, _still_waiting)
        else:
            timeout = max(0.0, deadline - time.monotonic())
            report[name] = _state(name, lambda q=question, t=timeout: q.result(timeout=t))
    return {name: report[name] for name in CHECKS}


class HealthCheckMiddleware:
    """Answers /healthz before anything else runs, so a load balancer that asks by the
    server's own address (not an allowed host name) and over plain HTTP still gets an answer."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path_info.rstrip("/") != HEALTH_PATH:
            return self.get_response(request)
        if request.method not in ("GET", "HEAD"):
            return JsonResponse({"error": "use GET"}, status=405, headers={"Allow": "GET, HEAD"})
        report = health_report()
        healthy = all(state == "ok" for state in report.values())
        response = JsonResponse(
            {"status": "ok" if healthy else "failed", **report}, status=200 if healthy else 503
        )
        response["Cache-Control"] = "no-store"
        return response
