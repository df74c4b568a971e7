"""What a page weighs on the wire, and what the gunicorn workers hold in memory."""

import re
import urllib.request
from html.parser import HTMLParser
from pathlib import Path

WARM_FETCHES = 6


def fetch(url, cookie, encodings="gzip, br"):
    request = urllib.request.Request(url, headers={"Accept-Encoding": encodings})
    if cookie:
        request.add_header("Cookie", cookie)
    # Generous: a slow page may still be answering requests queued by the last wrk run.
    with urllib.request.urlopen(request, timeout=180) as response:
        return response.status, response.headers, response.read()


def warm(url, cookie):
    for _ in range(WARM_FETCHES):
        fetch(url, cookie)


class Assets(HTMLParser):
    def __init__(self):
        super().__init__()
        self.urls = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "link" and {"stylesheet", "icon"} & set((attrs.get("rel") or "").split()):
            self.urls.append(attrs.get("href"))
        elif tag in {"script", "img"} and attrs.get("src"):
            self.urls.append(attrs["src"])


def assets_of(html):
    parser = Assets()
    parser.feed(html)
    return [url for url in dict.fromkeys(parser.urls) if url and url.startswith("/")]


# A page that loads this script registers the service worker, which on a first visit fetches
# its own script and the offline page, with any of that page's assets not fetched already.
REGISTERS_WORKER = "/js/offline"
WORKER_FETCHES = ("/sw.js", "/offline/")


def worker_weight(base, fetched):
    """Bytes the service worker moves when it sets itself up, compressed."""
    total = 0
    for path in WORKER_FETCHES:
        total += len(fetch(base + path, "")[2])
    _, _, offline = fetch(base + "/offline/", "", encodings="identity")
    for url in assets_of(offline.decode()):
        if url not in fetched:
            total += len(fetch(base + url, "")[2])
    return total


def page_weight(base, path, cookie):
    """Bytes on the wire, compressed: the page and every asset it loads, and on a first visit
    what the service worker fetches when it sets itself up; and what a repeat visit fetches
    again (assets without a long cache lifetime)."""
    _, _, html = fetch(base + path, cookie)
    _, _, plain = fetch(base + path, cookie, encodings="identity")
    urls = assets_of(plain.decode())
    first = repeat = len(html)
    uncached = []
    for url in urls:
        _, headers, body = fetch(base + url, "")
        first += len(body)
        max_age = re.search(r"max-age=(\d+)", headers.get("Cache-Control", ""))
        if not max_age or int(max_age.group(1)) < 86400:
            repeat += len(body)
            uncached.append(url)
    worker = 0
    if any(REGISTERS_WORKER in url for url in urls):
        worker = worker_weight(base, set(urls))
    return {
        "first_load_bytes": first + worker,
        "repeat_load_bytes": repeat,
        "worker_bytes": worker,
        "uncached": uncached,
        "assets": len(urls),
    }


def worker_memory(master_pid):
    """Resident memory of each gunicorn worker, in MB."""
    children = Path(f"/proc/{master_pid}/task/{master_pid}/children").read_text().split()
    sizes = []
    for pid in children:
        status = Path(f"/proc/{pid}/status").read_text()
        kb = int(re.search(r"VmRSS:\s+(\d+) kB", status).group(1))
        sizes.append(round(kb / 1024, 1))
    return sizes
