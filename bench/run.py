"""`make bench`: load the scale data, serve it as production would, and measure every key page.

For SQLite and then PostgreSQL (skipped, with a note, when it cannot be reached): a fresh
database, `migrate`, `seed_scale`, then gunicorn on 127.0.0.1 with 2 sync workers, DEBUG off
and a throwaway SECRET_KEY. Each page in bench/pages.py is driven by wrk right after the
trivial view, so its throughput is read as a share of the trivial view's in the same minute:
on a shared 2-core machine only that ratio carries over. Writes docs/performance.md.

Every process it starts is stopped when it ends, fails or is interrupted.
"""

import argparse
import json
import os
import re
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

from bench.load import CONNECTIONS, ROUNDS, THREADS, alternate, stop
from bench.pages import PAGES, TRIVIAL_PATH
from bench.weigh import page_weight, warm, worker_memory
from bench.write import write_report

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
DEFAULT_POSTGRES = "postgres://postgres@127.0.0.1:5432/codesign_bench"
WORKERS = 2


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=int, default=2, help="each wrk run (two per page)")
    parser.add_argument("--only", choices=["sqlite", "postgresql"], help="one database only")
    parser.add_argument("--output", default=str(ROOT / "docs" / "performance.md"))
    args = parser.parse_args()
    if not shutil.which("wrk"):
        sys.exit("wrk is missing: run `make bench` (it installs wrk) or `apt-get install wrk`.")

    # SIGTERM (e.g. from `timeout`) unwinds like Ctrl-C, so the servers are stopped.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit("Stopped."))
    started = time.monotonic()
    runs = []
    with tempfile.TemporaryDirectory(prefix="codesign-bench-") as tmp:
        tmp = Path(tmp)
        base_env = production_env(tmp)
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
            runs.append(measure_database(name, env, args.seconds))
    elapsed = time.monotonic() - started
    meta = {
        "date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "cpus": os.cpu_count(),
        "seconds": args.seconds,
        "rounds": ROUNDS,
        "connections": CONNECTIONS,
        "threads": THREADS,
        "workers": WORKERS,
        "elapsed": round(elapsed),
    }
    text = write_report(Path(args.output), runs, meta)
    print(text)
    print(f"Written to {args.output} in {elapsed:.0f} s.")


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


def prepare_database(name, url):
    """A fresh, empty database; a sentence saying why not, or None when ready."""
    if name == "sqlite":
        return None
    import psycopg

    database = url.rsplit("/", 1)[1]
    if not re.fullmatch(r"[A-Za-z0-9_]+", database):
        return f"the database name {database!r} is not a plain word"
    server = url.rsplit("/", 1)[0] + "/postgres"
    try:
        with psycopg.connect(server, autocommit=True, connect_timeout=3) as connection:
            connection.execute(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')
            connection.execute(f'CREATE DATABASE "{database}"')
    except psycopg.Error as error:
        return f"PostgreSQL could not be reached at {server} ({error.__class__.__name__})"
    return None


def measure_database(name, env, seconds):
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
    with gunicorn(env, port) as server:
        for page, figures in zip(PAGES, measured["pages"], strict=True):
            warm(base + figures["path"], cookies[page.role])
            trivial, load = alternate(base, figures["path"], cookies[page.role], seconds)
            weight = page_weight(base, figures["path"], cookies[page.role])
            rows.append(
                {
                    "name": page.name,
                    "role": page.role,
                    "target": page.target,
                    **figures,
                    "trivial": trivial,
                    "load": load,
                    **weight,
                }
            )
            print(
                f"{name}: {page.name} as {page.role or 'visitor'}: "
                f"{load['rps']:.0f}/s vs trivial {trivial['rps']:.0f}/s",
                flush=True,
            )
        memory = worker_memory(server.pid)
    return {"database": name, "rows": rows, "memory_mb": memory, "load_seconds": load_seconds}


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
        env=env,
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
