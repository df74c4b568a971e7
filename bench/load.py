"""Load for the benchmark: wrk against the trivial view and a page, in turns."""

import json
import os
import signal
import subprocess
from pathlib import Path

from bench.pages import TRIVIAL_PATH

WRK_SCRIPT = Path(__file__).with_name("report.lua")
CONNECTIONS, THREADS = 8, 2
ROUNDS = 2


def alternate(base, path, cookie, seconds, rounds=ROUNDS):
    """The trivial view and the page, taken in turns, so both see the same machine."""
    trivial_runs, page_runs = [], []
    for _ in range(rounds):
        trivial_runs.append(wrk(base + TRIVIAL_PATH, "", seconds))
        page_runs.append(wrk(base + path, cookie, seconds))
    return combine(trivial_runs), combine(page_runs)


def combine(runs):
    """Requests per second over all the runs; latency percentiles from the middle run (the
    median of three), or the worse of two."""
    requests = sum(run["requests"] for run in runs)
    seconds = sum(run["seconds"] for run in runs)
    middle = sorted(runs, key=lambda run: run["p95_ms"])[len(runs) // 2]
    return {
        **middle,
        "requests": requests,
        "seconds": seconds,
        "rps": requests / seconds if seconds else 0.0,
        "socket_errors": sum(run["socket_errors"] for run in runs),
        "non_2xx": sum(run["non_2xx"] for run in runs),
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
