import hashlib
import json

from django.contrib.staticfiles import finders
from django.http import HttpResponse
from django.shortcuts import render
from django.template.loader import render_to_string
from django.templatetags.static import static
from django.views.decorators.http import require_GET

SERVICE_WORKER = "js/service-worker.js"
OUTBOX = "js/outbox.js"
VERSION_MARK = "__CODESIGN_VERSION__"
OUTBOX_MARK = "__CODESIGN_OUTBOX__"
OFFLINE_TEMPLATE = "offline/offline.html"
# Theme colours from static/css/theme.css: --cd-brand-dark (the header) and --cd-paper.
THEME_COLOUR = "#0b4f4a"
BACKGROUND_COLOUR = "#fbf8f3"


def service_worker_source():
    """The script with its version in every cache name: a hash of the script and of the
    offline page, whose styles and scripts are those of every page. A new script, or a new
    look (static file names carry a hash of their content in production), gets stores of its
    own, and the new worker never serves pages kept by the old one."""
    with open(finders.find(SERVICE_WORKER), encoding="utf-8") as source:
        script = source.read()
    # The outbox it loads is part of it: a change there is a new version too.
    with open(finders.find(OUTBOX), encoding="utf-8") as source:
        outbox = source.read()
    shell = render_to_string(OFFLINE_TEMPLATE)
    version = hashlib.sha256((script + outbox + shell).encode()).hexdigest()[:12]
    return script.replace(VERSION_MARK, version).replace(OUTBOX_MARK, static(OUTBOX))


@require_GET
def service_worker(request):
    response = HttpResponse(service_worker_source(), content_type="text/javascript; charset=utf-8")
    # Served from the root so it may look after every page; browsers check for a new one at
    # least daily, and this keeps proxies and the browser from holding on to an old one.
    response["Service-Worker-Allowed"] = "/"
    response["Cache-Control"] = "no-cache, max-age=0"
    return response


@require_GET
def manifest(request):
    icon = "img/icon-{}.png"
    body = {
        "name": "Codesign",
        "short_name": "Codesign",
        "description": "Design services together, as equals.",
        "lang": "en-GB",
        "start_url": "/",
        "scope": "/",
        "display": "standalone",
        "theme_color": THEME_COLOUR,
        "background_color": BACKGROUND_COLOUR,
        "icons": [
            {"src": static(icon.format(192)), "sizes": "192x192", "type": "image/png"},
            {"src": static(icon.format(512)), "sizes": "512x512", "type": "image/png"},
            {
                "src": static(icon.format("maskable-512")),
                "sizes": "512x512",
                "type": "image/png",
                "purpose": "maskable",
            },
            {"src": static("img/favicon.svg"), "sizes": "any", "type": "image/svg+xml"},
        ],
    }
    response = HttpResponse(json.dumps(body, indent=1), content_type="application/manifest+json")
    response["Cache-Control"] = "public, max-age=3600"
    return response


@require_GET
def offline_page(request):
    """What a page not saved on this phone shows with no signal. The service worker fetches it
    without cookies when it installs, so it holds nothing about anyone."""
    return render(request, OFFLINE_TEMPLATE)
