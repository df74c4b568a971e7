"""`make bench`: load the scale data, serve it as production would, and measure every key page.

For SQLite and then PostgreSQL (skipped, with a note, when it cannot be reached): a fresh
database, `migrate`, `seed_scale`, then gunicorn on 127.0.0.1 with sync workers, DEBUG off, a
throwaway SECRET_KEY, no access log and no worker recycling; the PostgreSQL pass uses Redis as
the shared cache, as production does. Each page in bench/pages.py is driven by wrk in turns with
the trivial view, and the workers' own CPU counters (and PostgreSQL's backends') say how much
work each request took: a page's CPU per request over the trivial view's, measured in the same
minute, is the figure that carries over between machines. A page that caches is also measured
cold: the first request after a write the benchmark makes itself. A row whose runs completed
too few requests is refused, not written. Writes docs/performance.md.

`--quick` (or BENCH_QUICK=1) measures a few pages once for 2 s each and writes nothing unless
given --output: for trying a change, never for the record.

Every process it starts is stopped when it ends, fails or is interrupted; the PostgreSQL
database and the cache keys it made are removed at the end.
"""

import argparse
import json
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from bench.counters import Workers
from bench.counting import DIRECTORY as COUNT_DIRECTORY
from bench.databases import (
    data_writer,
    database_meter,
    drop_database,
    prepare_database,
    shared_cache,
)
from bench.load import (
    CONNECTIONS,
    MIN_REQUESTS,
    QUICK_MIN_REQUESTS,
    ROUNDS,
    THREADS,
    Meter,
    alternate,
    cold,
    refusal,
    stop,
)
from bench.pages import PAGES, QUICK_PAGES, TRIVIAL_PATH
from bench.weigh import fetch, page_weight, warm, worker_memory
from bench.write import write_report

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
DEFAULT_POSTGRES = "postgres://postgres@127.0.0.1:5432/codesign_bench"
WORKERS = 2
SECONDS = 5
QUICK_SECONDS = 2


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=int, help=f"each wrk run (default {SECONDS})")
    parser.add_argument("--rounds", type=int, help=f"runs of each page (default {ROUNDS})")
    parser.add_argument("--only", choices=["sqlite", "postgresql"], help="one database only")
    parser.add_argument(
        "--quick",
        action="store_true",
        default=os.environ.get("BENCH_QUICK", "").lower() in {"1", "true", "yes"},
        help="a few pages, one 2 s round each, nothing written unless --output is given",
    )
    parser.add_argument("--output", help="where to write the report (docs/performance.md)")
    args = parser.parse_args()
    if not shutil.which("wrk"):
        sys.exit("wrk is missing: run `make bench` (it installs wrk) or `apt-get install wrk`.")
    plan = {
        "pages": QUICK_PAGES if args.quick else PAGES,
        "seconds": args.seconds or (QUICK_SECONDS if args.quick else SECONDS),
        "rounds": args.rounds or (1 if args.quick else ROUNDS),
        "min_requests": QUICK_MIN_REQUESTS if args.quick else MIN_REQUESTS,
    }
    output = args.output or (None if args.quick else str(ROOT / "docs" / "performance.md"))

    # SIGTERM (e.g. from `timeout`) unwinds like Ctrl-C, so the servers are stopped.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit("Stopped."))
    started = time.monotonic()
    runs = []
    with tempfile.TemporaryDirectory(prefix="codesign-bench-") as tmp:
        tmp = Path(tmp)
        base_env = production_env(tmp)
        (tmp / "answered").mkdir()
        run(["manage.py", "collectstatic", "--noinput", "-v0"], base_env)
        databases = {
            "sqlite": f"sqlite:///{tmp / 'bench.sqlite3'}",
            "postgresql": os.environ.get("BENCH_DATABASE_URL", DEFAULT_POSTGRES),
        }
        for name, url in databases.items():
            if args.only and args.only != name:
                continue
            note = prepare_database(name, url)
            if note:
                print(f"{name}: skipped: {note}")
                runs.append({"database": name, "skipped": note})
                continue
            env = {**base_env, "DATABASE_URL": url}
            try:
                with shared_cache(name, env) as cache_note:
                    runs.append({**measure_database(name, env, url, plan), "cache": cache_note})
            finally:
                drop_database(name, url)
    elapsed = time.monotonic() - started
    meta = {
        "date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "cpus": os.cpu_count(),
        "seconds": plan["seconds"],
        "rounds": plan["rounds"],
        "connections": CONNECTIONS,
        "threads": THREADS,
        "workers": WORKERS,
        "min_requests": plan["min_requests"],
        "elapsed": round(elapsed),
    }
    if output:
        text = write_report(Path(output), runs, meta)
        print(text)
        print(f"Written to {output} in {elapsed:.0f} s.")
    else:
        print(json.dumps(runs, indent=1, default=str))
        print(f"Measured in {elapsed:.0f} s; nothing written (a quick run).")


def production_env(tmp):
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("DJANGO_", "DATABASE_", "CACHE"))
    }
    env.update(
        DJANGO_SETTINGS_MODULE="bench.settings",
        DEBUG="false",
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS="127.0.0.1,localhost,testserver",
        SECURE_SSL_REDIRECT="false",
        SECURE_COOKIES="false",
        SECURE_HSTS_SECONDS="0",
        STATIC_ROOT=str(tmp / "static"),
        **{COUNT_DIRECTORY: str(tmp / "answered")},
        MEDIA_ROOT=str(tmp / "media"),
        LOG_LEVEL="WARNING",
        PYTHONPATH=str(ROOT),
    )
    return env


def run(command, env, capture=False):
    result = subprocess.run(
        [PYTHON, *command], cwd=ROOT, env=env, check=True, text=True, capture_output=capture
    )
    return result.stdout


def measure_database(name, env, url, plan):
    print(f"{name}: loading the scale data…", flush=True)
    load_started = time.monotonic()
    run(["manage.py", "migrate", "--noinput", "-v0"], env)
    run(["manage.py", "seed_scale"], env)
    load_seconds = time.monotonic() - load_started
    measured = json.loads(run(["-m", "bench.measure"], env, capture=True))
    cookies = measured["cookies"]
    port = int(os.environ.get("BENCH_PORT") or free_port())
    base = f"http://127.0.0.1:{port}"
    rows = []
    database = database_meter(name, url)
    write = data_writer(name, url, measured["values"]["big"], env)
    with gunicorn(env, port) as server:
        meter = Meter(Workers(server.pid, env[COUNT_DIRECTORY]), database)
        by_page = {(page["name"], page["role"]): page for page in measured["pages"]}
        for page in plan["pages"]:
            figures = by_page[page.name, page.role]
            rows.append(measure_page(page, figures, base, cookies[page.role], meter, plan))
            print(f"{name}: {summary(rows[-1])}", flush=True)
            if page.cached:
                rows.append(measure_cold(page, figures, base, cookies[page.role], meter, write))
                print(f"{name}: {summary(rows[-1])}", flush=True)
        memory = worker_memory(server.pid)
    if database:
        database.close()
    return {
        "database": name,
        "rows": rows,
        "memory_mb": memory,
        "load_seconds": load_seconds,
        "database_cpu": bool(database and database.available),
    }


def measure_page(page, figures, base, cookie, meter, plan):
    url = base + figures["path"]
    warm(url, cookie)
    trivial, load = alternate(
        base, figures["path"], cookie, plan["seconds"], meter, rounds=plan["rounds"]
    )
    row = {
        **figures,
        "target": page.target,
        "trivial": trivial,
        "load": load,
        "refused": refusal(trivial, load, plan["min_requests"]),
        **page_weight(base, figures["path"], cookie),
    }
    return row


def measure_cold(page, figures, base, cookie, meter, write):
    """The first request after a write, against the warm row just measured."""
    figures_cold = cold(base + figures["path"], cookie, write, meter, fetch)
    return {
        "name": page.name,
        "role": page.role,
        "cold": figures_cold,
        "path": figures["path"],
        "refused": None if not meter.workers.replaced() else "a worker was restarted",
    }


def summary(row):
    who = row["role"] or "visitor"
    if row.get("refused"):
        return f"{row['name']} as {who}: refused: {row['refused']}"
    if "cold" in row:
        return f"{row['name']} as {who}, first after a write: {row['cold']['cpu_ms']:.1f} ms CPU"
    load, trivial = row["load"], row["trivial"]
    return (
        f"{row['name']} as {who}: {load['cpu_ms']:.2f} ms CPU "
        f"(trivial {trivial['cpu_ms']:.2f} ms), database {load['database_cpu_ms']:.2f} ms; "
        f"{load['rps']:.0f}/s vs trivial {trivial['rps']:.0f}/s"
    )


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextmanager
def gunicorn(env, port):
    server = subprocess.Popen(
        [
            PYTHON,
            "-m",
            "gunicorn",
            "codesign.wsgi:application",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            str(WORKERS),
            "--worker-class",
            "sync",
            "--log-level",
            "warning",
        ],
        cwd=ROOT,
        # Production's gunicorn.conf.py, without worker recycling or the access log.
        env={**env, "GUNICORN_MAX_REQUESTS": "0", "GUNICORN_ACCESS_LOG": "false"},
        start_new_session=True,
    )
    try:
        wait_for(f"http://127.0.0.1:{port}{TRIVIAL_PATH}", server)
        yield server
    finally:
        stop(server)


def wait_for(url, server, timeout=30):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise RuntimeError("gunicorn stopped while starting")
        try:
            urllib.request.urlopen(url, timeout=1).read()
            return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError(f"gunicorn did not answer at {url}")


if __name__ == "__main__":
    main()
