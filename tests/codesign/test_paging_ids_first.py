"""A long list whose rows bring other tables picks its page's ids from its own table first,
then reads only those rows with what they bring, in the list's order."""

from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext

from codesign.paging import paged_ids_first
from participants.models import Participant
from tests.factories import ParticipantFactory, ProjectFactory


def test_the_page_keeps_the_lists_order_and_reads_only_its_own_rows(db):
    project = ProjectFactory()
    for name in ["Cai", "Ana", "Ben", "Dev", "Eli"]:
        ParticipantFactory(project=project, display_name=name)
    rows = (
        Participant.objects.filter(project=project)
        .select_related("user")
        .order_by("-display_name", "pk")
    )
    request = RequestFactory().get("/", {"page": "2"})
    with CaptureQueriesContext(connection) as queries:
        page = paged_ids_first(request, rows, per_page=2, count=5)
        names = [person.display_name for person in page]
        emails = [person.user.email for person in page]
    assert names == ["Cai", "Ben"] and all(emails)
    picking, reading = [query["sql"] for query in queries.captured_queries]
    assert "JOIN" not in picking and "LIMIT 2" in picking
    assert "JOIN" in reading and "LIMIT" not in reading
    assert page.number == 2 and page.has_next() and page.has_previous()


def test_an_empty_page_asks_nothing_more(db):
    request = RequestFactory().get("/")
    rows = Participant.objects.select_related("user").order_by("pk")
    with CaptureQueriesContext(connection) as queries:
        page = paged_ids_first(request, rows, count=0)
    assert list(page) == [] and len(queries.captured_queries) == 0
