"""Every response carries a request id, and every log line written during it names the id."""

import logging

import pytest
from django.http import HttpResponse
from django.urls import path

from codesign.middleware import RequestIdLogFilter


def test_each_response_gets_a_new_id(db, client):
    first = client.get("/accessibility/")["X-Request-ID"]
    second = client.get("/accessibility/")["X-Request-ID"]
    assert len(first) == 32 and first != second


def test_an_id_from_the_load_balancer_is_kept(db, client):
    response = client.get("/accessibility/", HTTP_X_REQUEST_ID="lb-2f6c1a9e-0001")
    assert response["X-Request-ID"] == "lb-2f6c1a9e-0001"


def test_an_odd_id_is_replaced(db, client):
    response = client.get("/accessibility/", HTTP_X_REQUEST_ID="bad id\nFORGED LINE")
    assert "FORGED" not in response["X-Request-ID"]
    assert len(response["X-Request-ID"]) == 32


def _log_something(request):
    record = logging.LogRecord("codesign", logging.INFO, __file__, 1, "hello", None, None)
    RequestIdLogFilter().filter(record)
    return HttpResponse(record.request_id)


urlpatterns = [path("log/", _log_something)]


@pytest.mark.urls(__name__)
def test_log_lines_carry_the_id(db, client):
    response = client.get("/log/", HTTP_X_REQUEST_ID="trace-12345678")
    assert response.content == b"trace-12345678"


def test_log_lines_outside_a_request_say_so():
    record = logging.LogRecord("codesign", logging.INFO, __file__, 1, "hello", None, None)
    RequestIdLogFilter().filter(record)
    assert record.request_id == "-"
