"""Queries and bytes for each benchmarked page, and a session for each role: run with the
benchmark's settings against a loaded database; prints one JSON document.

Each page is fetched twice through Django's test client and the second fetch is counted, so
figures are for a warm worker, as under load.
"""

import gzip
import json
import sys

import django
from django.conf import settings
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext


def main():
    django.setup()
    from bench.pages import PAGES
    from bench.paths import path_values
    from participants.models import User
    from sessions.management.commands.seed_scale import CAST

    emails = {role.value: email for role, email in CAST}
    clients = {"": Client()}
    for role, email in emails.items():
        client = Client()
        client.force_login(User.objects.get(email=email))
        clients[role] = client

    values = path_values()
    pages = []
    for page in PAGES:
        path = page.url(values)
        client = clients[page.role]
        client.get(path, HTTP_ACCEPT_ENCODING="gzip")
        with CaptureQueriesContext(connection) as queries:
            response = client.get(path, HTTP_ACCEPT_ENCODING="gzip")
        body = response.content
        html = gzip.decompress(body) if response.get("Content-Encoding") == "gzip" else body
        pages.append(
            {
                "name": page.name,
                "role": page.role,
                "path": path,
                "status": response.status_code,
                "queries": len(queries.captured_queries),
                "html_bytes": len(html),
                "gzip_bytes": len(body),
            }
        )
    # Each role's cookies as a browser holds them after its first page: the session, and the
    # form token's secret that every signed-in page sets (a page kept whole for its viewer is
    # served only to a browser that has it: projects/views/kept_pages.py).
    cookies = {
        role: "; ".join(f"{name}={morsel.value}" for name, morsel in client.cookies.items())
        for role, client in clients.items()
    }
    assert all(settings.SESSION_COOKIE_NAME in cookies[role] for role in emails)
    json.dump({"cookies": cookies, "pages": pages, "values": values}, sys.stdout)


if __name__ == "__main__":
    main()
