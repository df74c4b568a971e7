"""/healthz for load balancers: 200 when the database, the cache and the file store answer,
503 naming the ones that did not. Nothing else is said: no errors, hosts or settings."""

import logging
import uuid

from django.core.cache import cache
from django.core.files.storage import default_storage
from django.db import connection
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


def _storage():
    # A lookup of a name that is never stored: it reaches the store (and, for S3, proves the
    # bucket and keys work) without writing anything.
    default_storage.exists("healthz/probe")


CHECKS = {"database": _database, "cache": _cache, "storage": _storage}


def health_report():
    report = {}
    for name, check in CHECKS.items():
        try:
            check()
        except Exception:
            logger.exception("Health check: the %s did not answer", name)
            report[name] = "failed"
        else:
            report[name] = "ok"
    return report


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
