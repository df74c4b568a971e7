"""Load for the benchmark: wrk against the trivial view and a page, in turns, with the CPU the
workers and the database used for each run read from their own counters."""

import json
import os
import signal
import subprocess
from dataclasses import dataclass
from pathlib import Path

from bench.counters import NoDatabaseCPU, between
from bench.pages import TRIVIAL_PATH

WRK_SCRIPT = Path(__file__).with_name("report.lua")
CONNECTIONS, THREADS = 8, 2
ROUNDS = 3
# Fewer requests than this in a row's runs (page or trivial view) measure a stall, not the
# page: the row is refused rather than written.
MIN_REQUESTS = 50
QUICK_MIN_REQUESTS = 10
# Cold requests per cached page, each after a write of its own.
COLD_SAMPLES = 8


@dataclass
class Meter:
    """Where CPU is read from: the gunicorn workers (bench.counters.Workers) and the database's
    own processes (PostgresCPU, or NoDatabaseCPU for SQLite)."""

    workers: object
    database: object = None

    def __post_init__(self):
        self.database = self.database or NoDatabaseCPU()

    def start(self):
        return self.workers.settle(), self.database.reading()

    def since(self, started):
        """CPU seconds of the workers and of the database, and requests the workers answered."""
        (cpu_before, answered_before), database_before = started
        cpu_after, answered_after = self.workers.settle()
        database = between(database_before, self.database.reading())
        return cpu_after - cpu_before, database, answered_after - answered_before


def alternate(base, path, cookie, seconds, meter, rounds=ROUNDS):
    """The trivial view (signed out) and the page, taken in turns, so both see the same machine."""
    trivial_runs, page_runs = [], []
    for _ in range(rounds):
        trivial_runs.append(measured(base + TRIVIAL_PATH, "", seconds, meter))
        page_runs.append(measured(base + path, cookie, seconds, meter))
    return combine(trivial_runs), combine(page_runs)


def measured(url, cookie, seconds, meter):
    started = meter.start()
    result = wrk(url, cookie, seconds)
    worker_cpu, database_cpu, answered = meter.since(started)
    return {
        **result,
        "worker_cpu": worker_cpu,
        "database_cpu": database_cpu,
        "answered": answered,
        "replaced": meter.workers.replaced(),
    }


def combine(runs):
    """Requests per second and CPU per request over all the runs; latency percentiles from the
    middle run (the median of three), or the worse of two. Throughput counts what wrk saw
    finish; CPU is divided by what the workers answered (wrk stops before the last few)."""
    requests = sum(run["requests"] for run in runs)
    answered = sum(run.get("answered", run["requests"]) for run in runs)
    seconds = sum(run["seconds"] for run in runs)
    middle = sorted(runs, key=lambda run: run["p95_ms"])[len(runs) // 2]
    per_request = 1000 / answered if answered else 0.0
    return {
        **middle,
        "requests": requests,
        "answered": answered,
        "seconds": seconds,
        "rps": requests / seconds if seconds else 0.0,
        "cpu_ms": sum(run.get("worker_cpu", 0.0) for run in runs) * per_request,
        "database_cpu_ms": sum(run.get("database_cpu", 0.0) for run in runs) * per_request,
        "socket_errors": sum(run["socket_errors"] for run in runs),
        "non_2xx": sum(run["non_2xx"] for run in runs),
        "replaced": any(run.get("replaced") for run in runs),
    }


def refusal(trivial, load, minimum=MIN_REQUESTS):
    """Why a row's figures cannot be written, or None when they can."""
    if load["replaced"] or trivial["replaced"]:
        return "a worker was restarted during the run"
    for what, run in (("the page", load), ("the trivial view", trivial)):
        if run["requests"] < minimum:
            return f"only {run['requests']} requests to {what} (at least {minimum} needed)"
    return None


def cold(url, cookie, write, meter, fetch, samples=COLD_SAMPLES):
    """CPU for the first request after a write: `write()` moves the data on (as any change
    does), then one request; averaged over `samples` such pairs."""
    worker_total = database_total = 0.0
    answered_total = 0
    for _ in range(samples):
        write()
        started = meter.start()
        fetch(url, cookie)
        worker_cpu, database_cpu, answered = meter.since(started)
        worker_total += worker_cpu
        database_total += database_cpu
        answered_total += answered
    answered_total = answered_total or samples
    return {
        "cpu_ms": 1000 * worker_total / answered_total,
        "database_cpu_ms": 1000 * database_total / answered_total,
        "samples": samples,
    }


def wrk(url, cookie, seconds):
    command = [
        "wrk",
        f"-t{THREADS}",
        f"-c{CONNECTIONS}",
        f"-d{seconds}s",
        "-s",
        str(WRK_SCRIPT),
        "-H",
        "Accept-Encoding: gzip",
        url,
    ]
    if cookie:
        command[1:1] = ["-H", f"Cookie: {cookie}"]
    wrk_run = subprocess.Popen(command, stdout=subprocess.PIPE, text=True, start_new_session=True)
    try:
        out, _ = wrk_run.communicate(timeout=seconds + 30)
    finally:
        stop(wrk_run)
    line = [text for text in out.splitlines() if text.startswith("{")][-1]
    return json.loads(line)


def stop(process):
    """Stop a process and everything it started (its own session), by its id."""
    if process.poll() is not None:
        return
    try:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()
    except ProcessLookupError:
        pass
