"""/healthz tells a load balancer whether this server can serve people."""

import json
import logging

import pytest

from codesign.runtime import health


def test_it_answers_ok_when_everything_answers(db, client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert json.loads(response.content) == {
        "status": "ok",
        "database": "ok",
        "cache": "ok",
        "storage": "ok",
    }
    assert response["Cache-Control"] == "no-store"


def test_it_answers_by_the_servers_own_address_over_plain_http(db, client, settings):
    settings.ALLOWED_HOSTS = ["codesign.example.org"]
    settings.SECURE_SSL_REDIRECT = True
    response = client.get("/healthz", HTTP_HOST="10.0.0.7:8000")
    assert response.status_code == 200


@pytest.mark.parametrize("part", ["database", "cache", "storage"])
def test_it_names_what_failed_and_nothing_more(db, client, monkeypatch, caplog, part):
    def broken():
        raise RuntimeError("password=hunter2 host=db.internal")

    monkeypatch.setitem(health.CHECKS, part, broken)
    with caplog.at_level(logging.ERROR, logger="codesign.runtime.health"):
        response = client.get("/healthz")
    assert response.status_code == 503
    report = json.loads(response.content)
    assert report["status"] == "failed"
    assert report[part] == "failed"
    assert [name for name, state in report.items() if state == "failed"] == ["status", part]
    assert b"hunter2" not in response.content and b"db.internal" not in response.content
    assert "hunter2" in caplog.text  # the operator finds the reason in the logs


def test_it_rejects_post(db, client):
    assert client.post("/healthz").status_code == 405


def test_other_addresses_are_untouched(db, client):
    assert client.get("/healthzz").status_code == 404
