"""The site's addresses plus /bench/trivial/, which does no work, and /bench/trivial/user/,
which only reads who is signed in: every page's CPU is quoted as a share of the first. Only
bench.settings routes here; the site itself never does."""

from django.http import HttpResponse
from django.urls import path

from bench.pages import TRIVIAL_PATH, TRIVIAL_USER_PATH
from codesign.urls import handler404, handler500
from codesign.urls import urlpatterns as site_urlpatterns


def trivial(request):
    return HttpResponse("ok", content_type="text/plain")


def trivial_user(request):
    return HttpResponse(
        "ok" if request.user.is_authenticated else "visitor", content_type="text/plain"
    )


urlpatterns = [
    path(TRIVIAL_PATH.strip("/") + "/", trivial),
    path(TRIVIAL_USER_PATH.strip("/") + "/", trivial_user),
    *site_urlpatterns,
]

__all__ = ["handler404", "handler500", "urlpatterns"]
