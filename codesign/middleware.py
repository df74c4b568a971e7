"""Small request-wide behaviours: a request id for the logs, no caching of personal pages, and
gzip for text only."""

import contextvars
import logging
import re
import uuid

from django.middleware.gzip import GZipMiddleware
from django.shortcuts import render
from django.utils.cache import patch_cache_control

REQUEST_ID_HEADER = "X-Request-ID"
# An id from the load balancer is kept only when it is short and plain, so it cannot forge
# log lines or carry anything else into them.
_GOOD_ID = re.compile(r"[A-Za-z0-9._-]{8,64}")

_current_request_id = contextvars.ContextVar("request_id", default="-")


def current_request_id():
    return _current_request_id.get()


class RequestIdMiddleware:
    """Give each request an id (the load balancer's, or a new one), send it back in the
    response, and stamp every log line written while handling it."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        offered = request.headers.get(REQUEST_ID_HEADER, "")
        request_id = offered if _GOOD_ID.fullmatch(offered) else uuid.uuid4().hex
        request.request_id = request_id
        token = _current_request_id.set(request_id)
        try:
            response = self.get_response(request)
        finally:
            _current_request_id.reset(token)
        response[REQUEST_ID_HEADER] = request_id
        return response


class RequestIdLogFilter(logging.Filter):
    def filter(self, record):
        if not hasattr(record, "request_id"):
            record.request_id = current_request_id()
        return True


class PrivatePagesMiddleware:
    """Pages for a signed-in person show their projects and other people's details: no
    browser, proxy or shared computer may keep a copy."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        user = getattr(request, "user", None)
        # Pages only: files and pictures set their own rules (a photo may be kept briefly).
        is_page = response.get("Content-Type", "").startswith("text/html")
        if is_page and user is not None and user.is_authenticated:
            patch_cache_control(response, private=True, no_store=True)
            response.headers.pop("Expires", None)
        return response


# Kinds of response worth compressing. Pictures, PDFs and other files are compressed already:
# gzipping them again costs the server time, saves nothing and hides their length.
COMPRESSIBLE = re.compile(
    r"(text/[\w.+-]+|application/(json|javascript|xml|[\w.+-]+\+(json|xml))|image/svg\+xml)"
    r"\s*(;|$)",
    re.IGNORECASE,
)


class CompressTextMiddleware(GZipMiddleware):
    """Django's gzip, for pages, CSV, JSON and calendars only; files go out as they are."""

    def process_response(self, request, response):
        if not COMPRESSIBLE.match(response.get("Content-Type", "")):
            return response
        return super().process_response(request, response)


class MethodNotAllowedPageMiddleware:
    """A request a page does not take (a GET to a button's address, say) gets a page that says
    so in plain words, with the same 405 status and Allow header, instead of an empty one."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if response.status_code == 405 and not response.content:
            page = render(request, "405.html", status=405)
            if response.has_header("Allow"):
                page["Allow"] = response["Allow"]
            return page
        return response
