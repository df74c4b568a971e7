"""`make bench` weighs each page as a browser would get it on a first visit (the page, its
assets and what the service worker fetches when it sets itself up) and on a repeat visit
(what is not cached for long), compressed; the report holds the first visit to 100 KB."""

import gzip

import pytest

from bench import weigh, write

FOREVER = {"Cache-Control": "max-age=315360000, public, immutable"}
SHORT = {"Cache-Control": "max-age=60"}
PAGE = (
    '<link rel="stylesheet" href="/static/css/site.css"><link rel="icon" href="/static/i.svg">'
    '<script src="/static/js/offline.js" defer></script><img src="/media/p.jpg" alt="">'
    '<script src="https://elsewhere.example/x.js"></script>'
)
OFFLINE = '<link rel="stylesheet" href="/static/css/site.css"><img src="/static/only-offline.svg">'
SITE = {
    "/page/": ({}, PAGE),
    "/static/css/site.css": (FOREVER, "a" * 1000),
    "/static/i.svg": (FOREVER, "i" * 100),
    "/static/js/offline.js": (FOREVER, "o" * 300),
    "/media/p.jpg": (SHORT, "p" * 50),
    "/sw.js": ({"Cache-Control": "no-cache"}, "w" * 700),
    "/offline/": ({}, OFFLINE),
    "/static/only-offline.svg": (FOREVER, "s" * 40),
}


@pytest.fixture
def site(monkeypatch):
    """A site of known sizes: each answer's body, gzipped when gzip is accepted."""
    asked = []

    def fetch(url, cookie, encodings="gzip, br"):
        path = url.removeprefix("http://bench")
        asked.append(path)
        headers, text = SITE[path]
        body = gzip.compress(text.encode(), mtime=0) if "gzip" in encodings else text.encode()
        return 200, headers, body

    monkeypatch.setattr(weigh, "fetch", fetch)
    return asked


def size(path):
    return len(gzip.compress(SITE[path][1].encode(), mtime=0))


def test_a_first_visit_counts_the_page_its_assets_and_the_service_worker(site):
    weight = weigh.page_weight("http://bench", "/page/", "")
    assets = ["/static/css/site.css", "/static/i.svg", "/static/js/offline.js", "/media/p.jpg"]
    worker = size("/sw.js") + size("/offline/") + size("/static/only-offline.svg")
    assert weight["worker_bytes"] == worker
    assert weight["first_load_bytes"] == size("/page/") + sum(map(size, assets)) + worker
    assert weight["assets"] == 4


def test_a_repeat_visit_counts_the_page_and_what_is_not_cached_for_long(site):
    weight = weigh.page_weight("http://bench", "/page/", "")
    assert weight["uncached"] == ["/media/p.jpg"]
    assert weight["repeat_load_bytes"] == size("/page/") + size("/media/p.jpg")


def test_the_offline_pages_assets_the_page_loaded_are_not_counted_twice(site):
    weigh.page_weight("http://bench", "/page/", "")
    assert site.count("/static/css/site.css") == 1


def test_a_page_that_does_not_register_the_worker_weighs_only_itself(site, monkeypatch):
    monkeypatch.setitem(SITE, "/page/", ({}, '<link rel="stylesheet" href="/static/css/site.css">'))
    weight = weigh.page_weight("http://bench", "/page/", "")
    assert weight["worker_bytes"] == 0
    assert "/sw.js" not in site


def test_the_report_holds_a_first_visit_to_100_kb():
    row = {
        "status": 200,
        "load": {
            "non_2xx": 0,
            "socket_errors": 0,
            "rps": 100,
            "p95_ms": 10,
            "cpu_ms": 2.0,
            "database_cpu_ms": 0.5,
        },
        "trivial": {"rps": 100, "cpu_ms": 1.0},
        "target": 0.1,
        "html_bytes": 1000,
        "first_load_bytes": 101 * 1024,
        "repeat_load_bytes": 1000,
    }
    assert write.misses(row) == ["first load 101.0 KB (target ≤ 100)"]
    assert write.misses({**row, "first_load_bytes": 100 * 1024}) == []
