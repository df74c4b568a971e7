"""Redis going away makes pages slower, never errors: the site carries on in each process's
memory, says so in the log once a minute, and goes back to Redis by itself when it returns."""

import json
import logging
import shutil
import socket
import subprocess
import time

import pytest
import redis
from django.core.cache import cache
from django.test import override_settings

from codesign.runtime import cache as fail_soft
from codesign.runtime.infrastructure import cache_from_env

REDIS_SERVER = shutil.which("redis-server") or "/usr/bin/redis-server"
LOGGER = "codesign.runtime.cache"


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def redis_cache_at(monkeypatch, port):
    monkeypatch.setenv("CACHE_URL", f"redis://127.0.0.1:{port}/0")
    return override_settings(CACHES={"default": cache_from_env()})


@pytest.fixture(autouse=True)
def _fresh_outage_state(monkeypatch):
    """Each test starts with Redis believed up, and tries it again at once after a failure."""
    monkeypatch.setattr(fail_soft, "outage", fail_soft._Outage())
    monkeypatch.setattr(fail_soft, "RETRY_SECONDS", 0)
    for memory in fail_soft._memory.values():
        memory.clear()


class RedisServer:
    """A redis-server of the test's own on a free port, which the test can stop and start."""

    def __init__(self):
        self.port = free_port()
        self.process = None

    def start(self):
        self.process = subprocess.Popen(
            [REDIS_SERVER, "--port", str(self.port), "--bind", "127.0.0.1", "--save", ""]
            + ["--appendonly", "no", "--protected-mode", "no"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        client = self.client()
        deadline = time.monotonic() + 10
        while True:
            try:
                client.ping()
                return
            except redis.ConnectionError:
                if time.monotonic() > deadline or self.process.poll() is not None:
                    raise
                time.sleep(0.05)

    def stop(self):
        if self.process is not None:
            self.process.terminate()
            self.process.wait(timeout=10)
            self.process = None

    def client(self):
        return redis.Redis(host="127.0.0.1", port=self.port)

    def keys_kept(self):
        return self.client().dbsize()


@pytest.fixture
def redis_server(monkeypatch):
    server = RedisServer()
    server.start()
    try:
        with redis_cache_at(monkeypatch, server.port):
            yield server
    finally:
        server.stop()


@pytest.fixture
def redis_refuses(monkeypatch):
    """The cache points at a port where nothing listens: every connection is refused."""
    with redis_cache_at(monkeypatch, free_port()):
        yield


def pages(project):
    base = f"/projects/{project.slug}"
    return [f"{base}/", f"{base}/sessions/", f"{base}/prototypes/", f"{base}/people/"]


@pytest.mark.slow
def test_pages_answer_while_redis_is_down_and_it_is_used_again_when_it_returns(
    redis_server, cast, client_as, client, caplog
):
    lead = client_as("lead")
    for url in pages(cast.project):
        assert lead.get(url).status_code == 200, url
    assert redis_server.keys_kept() > 0

    redis_server.stop()
    with caplog.at_level(logging.WARNING, logger=LOGGER):
        for _ in range(3):
            for url in pages(cast.project):
                assert lead.get(url).status_code == 200, url
        lead.logout()
        assert client.get("/accounts/login/").status_code == 200
        signing_in = client.post(
            "/accounts/login/", {"login": "lead@example.org", "password": "not the password"}
        )
        assert signing_in.status_code == 200
        assert "password is not right" in signing_in.content.decode()
        assert client.get("/join/").status_code == 200
        assert client.get("/join/KXPT-7HWQ/").status_code == 404  # a wrong code, counted
        health = client.get("/healthz")
        assert health.status_code == 503
        assert json.loads(health.content)["cache"] == "failed"
    outage_lines = [r for r in caplog.records if r.name == LOGGER]
    assert len(outage_lines) == 1 and "not answering" in outage_lines[0].getMessage()

    redis_server.start()  # empty: it keeps nothing on disk
    caplog.clear()
    with caplog.at_level(logging.WARNING, logger=LOGGER):
        lead = client_as("lead")
        assert lead.get(pages(cast.project)[0]).status_code == 200
    assert redis_server.keys_kept() > 0
    assert "answers again" in caplog.text
    assert client.get("/healthz").status_code == 200


def test_every_call_has_an_answer_while_redis_refuses(redis_refuses):
    assert cache.get("missing") is None
    assert cache.get("missing", "default") == "default"
    assert cache.get_many(["a", "b"]) == {}
    assert cache.has_key("missing") is False
    cache.set("kept", "here")
    cache.set_many({"one": 1})
    assert cache.get_or_set("made", lambda: "made now") == "made now"
    assert cache.add("counter", 0) is True
    assert cache.incr("counter") == 1
    with pytest.raises(ValueError):
        cache.incr("never-set")  # as in every Django cache: callers already handle it
    cache.touch("kept")
    cache.delete("kept")
    cache.delete_many(["one"])
    cache.clear()


def test_a_redis_that_hangs_costs_one_wait_not_one_a_call(monkeypatch):
    monkeypatch.setattr(fail_soft, "RETRY_SECONDS", 30)
    with socket.socket() as hangs:
        hangs.bind(("127.0.0.1", 0))
        hangs.listen(64)  # takes connections, never answers
        with redis_cache_at(monkeypatch, hangs.getsockname()[1]):
            started = time.monotonic()
            for number in range(20):
                cache.set(f"fragment-{number}", "html")
                assert cache.get(f"fragment-{number}") == "html"
            assert time.monotonic() - started < 3  # one socket timeout (a second), not forty


def test_an_outage_is_logged_at_most_once_a_minute(redis_refuses, caplog, monkeypatch):
    now = [1000.0]
    monkeypatch.setattr(fail_soft.time, "monotonic", lambda: now[0])
    with caplog.at_level(logging.WARNING, logger=LOGGER):
        for _ in range(50):
            cache.get("anything")
            now[0] += 1  # 50 seconds in all
        assert len(caplog.records) == 1
        now[0] += 11
        cache.get("anything")
    assert len(caplog.records) == 2
    assert "(50 failed calls since the last line)" in caplog.records[1].getMessage()


def test_sign_in_limits_still_hold_in_each_process_while_redis_refuses(redis_refuses, cast, client):
    """The written choice (codesign.runtime.cache): counted in the process's memory."""
    answers = [
        client.post("/accounts/login/", {"login": "lead@example.org", "password": "wrong"})
        for _ in range(7)
    ]
    assert all(answer.status_code in (200, 429) for answer in answers)
    assert "password is not right" in answers[0].content.decode()
    assert "Too many tries to sign in" in answers[-1].content.decode()
    assert fail_soft.outage.down_since is not None
