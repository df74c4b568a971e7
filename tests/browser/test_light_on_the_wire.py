"""On a slow mobile line (400 kbit/s each way, 400 ms latency, as Chrome's developer tools
emulate it) a first visit to the landing page, the join page and a project's overview moves at
most 100 KB and has loaded within 3 seconds; a later page comes from the browser's cache plus
its HTML, within a second.

The site is served as in production: DEBUG off, static files collected with their hashed,
compressed copies and served by WhiteNoise with far-future cache headers, pages gzipped."""

import urllib.request

import pytest
from django.core.management import call_command
from django.db import connections
from django.test import override_settings
from django.test.testcases import LiveServerThread

from participants.models import Participant
from tests.helpers import assert_no_axe_violations, sign_in_browser

pytestmark = pytest.mark.browser

KB = 1024
FIRST_VISIT_BYTES = 100 * KB
FIRST_VISIT_SECONDS = 3.0
LATER_PAGE_SECONDS = 1.0
# Slow 3G: 400 kbit/s is 50,000 bytes a second, down and up.
SLOW_3G = {
    "offline": False,
    "latency": 400,
    "downloadThroughput": 400_000 / 8,
    "uploadThroughput": 400_000 / 8,
}
FONT_FILES = (".woff", ".woff2", ".ttf", ".otf", ".eot")
PRODUCTION_STATIC = {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"}


@pytest.fixture(scope="module")
def collected_static(tmp_path_factory):
    """Every static file collected once, as `collectstatic` does for production."""
    root = tmp_path_factory.mktemp("static")
    from django.conf import settings

    storages = {**settings.STORAGES, "staticfiles": PRODUCTION_STATIC}
    with override_settings(STATIC_ROOT=root, STORAGES=storages, DEBUG=False):
        call_command("collectstatic", interactive=False, verbosity=0)
    return root


class Ledger:
    """Every response the server sends, whoever asked for it (a page, the service worker or
    the browser itself): its address and its size on the wire, status line, headers and
    (compressed) body."""

    def __init__(self):
        self.sent = []

    def wrap(self, app):
        def recorded(environ, start_response):
            entry = {"path": environ["PATH_INFO"], "bytes": 0}
            self.sent.append(entry)

            def start(status, headers, exc_info=None):
                lines = [f"HTTP/1.1 {status}", *(f"{name}: {value}" for name, value in headers)]
                entry["bytes"] += sum(len(line) + 2 for line in lines) + 2
                return start_response(status, headers, exc_info)

            body = app(environ, start)
            try:
                for chunk in body:
                    entry["bytes"] += len(chunk)
                    yield chunk
            finally:
                if hasattr(body, "close"):
                    body.close()

        return recorded

    def reset(self):
        self.sent = []

    def total(self):
        return sum(entry["bytes"] for entry in self.sent)

    def paths(self):
        return [entry["path"] for entry in self.sent]

    def report(self):
        ordered = sorted(self.sent, key=lambda entry: -entry["bytes"])
        return "\n".join(f"  {entry['bytes'] / KB:6.1f} KB  {entry['path']}" for entry in ordered)


@pytest.fixture
def production_server(transactional_db, settings, collected_static):
    """A live server with no static-file shortcut in front: WhiteNoise serves the collected
    files itself, as it does behind gunicorn. Its ledger records what it sends."""
    settings.DEBUG = False
    settings.STATIC_ROOT = collected_static
    settings.STORAGES = {**settings.STORAGES, "staticfiles": PRODUCTION_STATIC}
    shared = {
        conn.alias: conn
        for conn in connections.all()
        if conn.vendor == "sqlite" and conn.is_in_memory_db()
    }
    ledger = Ledger()
    thread = LiveServerThread("localhost", ledger.wrap, connections_override=shared)
    thread.daemon = True
    for conn in shared.values():
        conn.inc_thread_sharing()
    thread.start()
    thread.is_ready.wait()
    if thread.error:
        raise thread.error
    thread.url = f"http://localhost:{thread.port}"
    thread.ledger = ledger
    yield thread
    thread.terminate()
    for conn in shared.values():
        conn.dec_thread_sharing()


def emulate_slow_3g(page):
    """Chrome's own network emulation, through the DevTools protocol."""
    session = page.context.new_cdp_session(page)
    session.send("Network.enable")
    session.send("Network.emulateNetworkConditions", SLOW_3G)
    return session


def loaded_in_seconds(page):
    """From the start of the navigation to the end of the page's load event."""
    timing = page.evaluate("() => performance.getEntriesByType('navigation')[0].toJSON()")
    return timing["loadEventEnd"] / 1000


def wait_for_the_service_worker(page):
    """The service worker sets itself up after the page has loaded, fetching the offline page
    and what it needs: that is part of a first visit too."""
    page.evaluate(
        "() => 'serviceWorker' in navigator ? navigator.serviceWorker.ready.then(() => true) : true"
    )
    page.wait_for_load_state("networkidle")


def warm(server, path, cookies=()):
    """A server that has answered before, as a live site has: the first answer of a fresh
    process (loading templates and code) is not what a visitor waits for."""
    request = urllib.request.Request(server.url + path, headers={"Accept-Encoding": "gzip"})
    for cookie in cookies:
        request.add_header("Cookie", f"{cookie['name']}={cookie['value']}")
    for address in (request, server.url + "/offline/", server.url + "/sw.js"):
        with urllib.request.urlopen(address, timeout=30) as response:
            response.read()
    server.ledger.reset()


@pytest.fixture
def slow_phone(browser, production_server):
    context = browser.new_context(
        viewport={"width": 375, "height": 667}, base_url=production_server.url
    )
    context.set_default_timeout(30_000)
    page = context.new_page()
    yield page
    context.close()


def first_visit(page, server, path):
    warm(server, path, page.context.cookies())
    emulate_slow_3g(page)
    response = page.goto(path, wait_until="load")
    assert response.status == 200, f"{path} answered {response.status}"
    seconds = loaded_in_seconds(page)
    wait_for_the_service_worker(page)
    return seconds


def summary(path, server, seconds):
    total = server.ledger.total()
    return f"{path}: {total / KB:.1f} KB in {seconds:.2f} s\n{server.ledger.report()}"


def assert_light(path, server, seconds):
    said = summary(path, server, seconds)
    print(said)
    assert server.ledger.total() <= FIRST_VISIT_BYTES, said
    assert seconds <= FIRST_VISIT_SECONDS, said
    fonts = [p for p in server.ledger.paths() if p.endswith(FONT_FILES)]
    assert fonts == [], "pages use the phone's own fonts"


def test_the_landing_page_is_light_on_a_first_visit(slow_phone, production_server):
    seconds = first_visit(slow_phone, production_server, "/")
    assert_light("/", production_server, seconds)


def test_the_join_page_is_light_on_a_first_visit(slow_phone, production_server):
    seconds = first_visit(slow_phone, production_server, "/join/")
    assert_light("/join/", production_server, seconds)


def test_a_projects_overview_is_light_on_a_first_visit_and_later_pages_come_from_the_cache(
    demo, slow_phone, production_server
):
    jay = Participant.objects.get(project=demo, user__email="young.person@demo.codesign.test")
    sign_in_browser(slow_phone, production_server, jay.user)
    overview = demo.get_absolute_url()
    seconds = first_visit(slow_phone, production_server, overview)
    assert_light(overview, production_server, seconds)

    production_server.ledger.reset()
    later = f"{overview}sessions/"
    response = slow_phone.goto(later, wait_until="load")
    assert response.status == 200
    seconds = loaded_in_seconds(slow_phone)
    said = summary(later, production_server, seconds)
    print(said)
    assert production_server.ledger.paths() == [later], said
    assert seconds <= LATER_PAGE_SECONDS, said
    assert_no_axe_violations(slow_phone)


# Each element's computed style (and its ::before and ::after), as a short hash: comparing
# hashes in Python keeps megabytes of style text in the browser.
COMPUTED_STYLES = """() => {
    const hash = (text) => {
        let h = 2166136261;
        for (let i = 0; i < text.length; i++) {
            h = Math.imul(h ^ text.charCodeAt(i), 16777619);
        }
        return h >>> 0;
    };
    const sheet = [...document.styleSheets].find((s) => s.href.includes('bootstrap-used'));
    const out = [sheet.cssRules.length];
    for (const element of document.querySelectorAll('body *')) {
        const values = [];
        for (const pseudo of [null, '::before', '::after']) {
            const style = getComputedStyle(element, pseudo);
            for (let i = 0; i < style.length; i++) {
                const name = style[i];
                if (!name.startsWith('--')) values.push(name + ':' + style.getPropertyValue(name));
            }
        }
        out.push(element.tagName + '.' + element.className + ' ' + hash(values.join(';')));
    }
    return out;
}"""


def computed_styles(page, path):
    """The styles of the page at `path`; "/join/ sent empty" sends its form with nothing
    typed, so the form comes back with its error."""
    address, _, sent = path.partition(" ")
    response = page.goto(address)
    assert response.status == 200, f"{address} answered {response.status}"
    if sent:
        page.get_by_role("button", name="Find my invitation").click()
        page.wait_for_load_state("load")
        assert page.locator("[data-error-summary]").count() == 1
    # The "Send now" button is hidden by script once the phone's outbox is read and found
    # empty: compare the two stylesheets after that, not during it.
    page.wait_for_function(
        "() => { const send = document.querySelector('[data-sent-later-send]');"
        " return !send || send.hidden; }"
    )
    return page.evaluate(COMPUTED_STYLES)


def styles_of_pages(browser, live_server, user, paths, width, instead=None):
    """Each page's computed styles, with the cut-down stylesheet or, given `instead`, with that
    text served in its place."""
    context = browser.new_context(viewport={"width": width, "height": 800}, service_workers="block")
    page = context.new_page()
    page.set_default_timeout(15_000)
    sign_in_browser(page, live_server, user)
    if instead is not None:
        page.route(
            "**/static/css/bootstrap-used.css",
            lambda route: route.fulfill(body=instead, content_type="text/css"),
        )
    page.context.set_default_timeout(15_000)
    styles = {path: computed_styles(page, live_server.url + path) for path in paths}
    context.close()
    return styles


@pytest.mark.sweep
def test_the_cut_down_stylesheet_styles_each_element_as_the_full_one_does(
    demo, live_server, browser
):
    """Every element of the pages people open first, and a form come back with its error, has
    the same computed style with the cut-down stylesheet as with the whole of Bootstrap, on a
    phone and on a computer."""
    from codesign.assets.finders import bootstrap_css

    full = bootstrap_css().read_text()
    jay = Participant.objects.get(project=demo, user__email="young.person@demo.codesign.test")
    paths = ["/", "/join/ sent empty", demo.get_absolute_url()]
    for width in (375, 1280):
        cut = styles_of_pages(browser, live_server, jay.user, paths, width)
        whole = styles_of_pages(browser, live_server, jay.user, paths, width, instead=full)
        for path in paths:
            (cut_rules, *cut_styles), (whole_rules, *whole_styles) = cut[path], whole[path]
            assert whole_rules > 2 * cut_rules, "the whole of Bootstrap was served the second time"
            assert len(cut_styles) == len(whole_styles) > 20, path
            differ = [a for a, b in zip(cut_styles, whole_styles, strict=True) if a != b]
            assert differ == [], f"{path} at {width} px, styled differently: {differ[:10]}"
