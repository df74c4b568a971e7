"""The benchmark's machinery: CPU read from the kernel's counters, divided by the requests the
workers answered, quoted against the trivial view of the same run; rows from runs that
completed too few requests refused; a cold row set against its warm one."""

import os
import shutil
import subprocess
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from bench import counters, load
from bench.counting import CountRequestsMiddleware, answered
from bench.write import cold_lines, ratio, refused_lines, section


def run(requests, worker_cpu, p95=10.0, answered=None, **extra):
    return {
        "requests": requests,
        "answered": requests if answered is None else answered,
        "seconds": 5.0,
        "rps": requests / 5,
        "p50_ms": p95 / 2,
        "p95_ms": p95,
        "p99_ms": p95,
        "socket_errors": 0,
        "non_2xx": 0,
        "worker_cpu": worker_cpu,
        "database_cpu": 0.0,
        "replaced": False,
        **extra,
    }


def test_cpu_per_request_is_divided_by_what_the_workers_answered():
    # wrk saw 100 finish; the workers answered 8 more that were queued when it stopped.
    combined = load.combine([run(100, 0.54, answered=108), run(100, 0.54, answered=108)])
    assert combined["requests"] == 200 and combined["answered"] == 216
    assert combined["cpu_ms"] == pytest.approx(5.0)


def test_latency_comes_from_the_middle_run():
    combined = load.combine([run(100, 0.1, p95=30), run(100, 0.1, p95=10), run(100, 0.1, p95=20)])
    assert combined["p95_ms"] == 20


def test_a_run_with_too_few_requests_is_refused():
    enough, few = load.combine([run(500, 0.5)]), load.combine([run(12, 0.5)])
    assert load.refusal(enough, enough) is None
    assert "only 12 requests to the page" in load.refusal(enough, few)
    assert "only 12 requests to the trivial view" in load.refusal(few, enough)
    assert load.refusal(enough, few, minimum=10) is None


def test_a_run_during_which_a_worker_restarted_is_refused():
    enough = load.combine([run(500, 0.5)])
    restarted = load.combine([run(500, 0.5, replaced=True)])
    assert "restarted" in load.refusal(enough, restarted)


def warm_row(page_cpu, trivial_cpu, **extra):
    return {
        "name": "Overview",
        "role": "lead",
        "target": 0.25,
        "status": 200,
        "queries": 6,
        "html_bytes": 1000,
        "gzip_bytes": 300,
        "first_load_bytes": 1000,
        "repeat_load_bytes": 300,
        "load": load.combine([run(500, 500 * page_cpu / 1000)]),
        "trivial": load.combine([run(2000, 2000 * trivial_cpu / 1000)]),
        "refused": None,
        **extra,
    }


def test_the_ratio_is_the_trivial_views_cpu_over_the_pages():
    assert ratio(warm_row(page_cpu=8.0, trivial_cpu=2.0)) == pytest.approx(0.25)


def test_a_refused_row_is_listed_and_kept_out_of_the_table():
    rows = [warm_row(8.0, 2.0), warm_row(8.0, 2.0, name="People", refused="only 3 requests")]
    text = section({"database": "postgresql", "rows": rows, "memory_mb": [90.0], "load_seconds": 1})
    table = text.split("Rows refused")[0]
    assert "| Overview |" in table and "| People |" not in table
    assert "- People as lead: not written: only 3 requests." in refused_lines(rows)


def test_a_cold_row_is_set_against_its_warm_one():
    cold = {"name": "Overview", "role": "lead", "refused": None}
    cold["cold"] = {"cpu_ms": 20.0, "database_cpu_ms": 1.0, "samples": 8}
    lines = cold_lines([warm_row(8.0, 2.0), cold])
    assert "20.0 ms CPU, 2.5× warm (target ≤ 3×: met)" in lines[1]


def test_cpu_is_read_from_the_kernels_counters():
    busy = subprocess.Popen([sys.executable, "-c", "while True: pass"])
    try:
        first = counters.cpu_seconds(busy.pid)
        deadline = first + 0.05
        while counters.cpu_seconds(busy.pid) < deadline:
            pass
    finally:
        busy.kill()
        busy.wait()
    assert counters.cpu_seconds(busy.pid) is None  # gone
    assert counters.cpu_seconds(os.getpid()) > 0


def test_the_database_cpu_of_a_backend_that_started_meanwhile_counts_from_zero():
    assert counters.between({1: 1.0}, {1: 1.5, 2: 0.25}) == pytest.approx(0.75)
    assert counters.between({1: 1.0, 3: 9.0}, {1: 1.0}) == 0


def test_each_answered_request_is_counted_in_the_workers_file(tmp_path, monkeypatch):
    monkeypatch.setenv("BENCH_COUNT_DIR", str(tmp_path))
    middleware = CountRequestsMiddleware(lambda request: "response")
    assert answered(tmp_path, os.getpid()) == 0
    for _ in range(3):
        assert middleware(object()) == "response"
    assert answered(tmp_path, os.getpid()) == 3


class Quick(BaseHTTPRequestHandler):
    def do_GET(self):
        self.send_response(200)
        self.send_header("Content-Length", "2")
        self.end_headers()
        self.wfile.write(b"ok")

    def log_message(self, *args):
        pass


@pytest.mark.skipif(not shutil.which("wrk"), reason="wrk is not installed")
def test_wrk_reports_requests_and_percentiles_in_one_second():
    server = ThreadingHTTPServer(("127.0.0.1", 0), Quick)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        result = load.wrk(f"http://127.0.0.1:{server.server_port}/", "", 1)
    finally:
        server.shutdown()
    assert result["requests"] > 0 and result["non_2xx"] == 0
    assert 0 < result["p50_ms"] <= result["p95_ms"]


def test_the_quick_mode_measures_a_few_pages_of_each_kind():
    from bench.pages import PAGES, QUICK_PAGES

    names = {page.name for page in QUICK_PAGES}
    assert {"Trivial view, signed in", "Overview", "People"} <= names
    assert len(QUICK_PAGES) < len(PAGES) / 3
    assert Path(load.WRK_SCRIPT).exists()
