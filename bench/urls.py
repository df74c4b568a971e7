"""The site's addresses plus /bench/trivial/, which does no work: every page's throughput is
quoted as a share of it. Only bench.settings routes here; the site itself never does."""

from django.http import HttpResponse
from django.urls import path

from bench.pages import TRIVIAL_PATH
from codesign.urls import handler404, handler500
from codesign.urls import urlpatterns as site_urlpatterns


def trivial(request):
    return HttpResponse("ok", content_type="text/plain")


urlpatterns = [path(TRIVIAL_PATH.strip("/") + "/", trivial), *site_urlpatterns]

__all__ = ["handler404", "handler500", "urlpatterns"]
