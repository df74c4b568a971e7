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
from html.parser import HTMLParser
from pathlib import Path

from bench.pages import PAGES, TRIVIAL_PATH
from bench.write import write_report

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
WRK_SCRIPT = Path(__file__).with_name("report.lua")
DEFAULT_POSTGRES = "postgres://postgres@127.0.0.1:5432/codesign_bench"
CONNECTIONS, THREADS, WORKERS = 8, 2, 2
ROUNDS = 2


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


def fetch(url, cookie, encodings="gzip, br"):
    request = urllib.request.Request(url, headers={"Accept-Encoding": encodings})
    if cookie:
        request.add_header("Cookie", cookie)
    # Generous: a slow page may still be answering requests queued by the last wrk run.
    with urllib.request.urlopen(request, timeout=180) as response:
        return response.status, response.headers, response.read()


def warm(url, cookie):
    for _ in range(WORKERS * 3):
        fetch(url, cookie)


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


class Assets(HTMLParser):
    def __init__(self):
        super().__init__()
        self.urls = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "link" and {"stylesheet", "icon"} & set((attrs.get("rel") or "").split()):
            self.urls.append(attrs.get("href"))
        elif tag in {"script", "img"} and attrs.get("src"):
            self.urls.append(attrs["src"])


def page_weight(base, path, cookie):
    """Bytes on the wire, compressed: the page and every asset it loads (first visit), and
    what a repeat visit fetches again (assets without a long cache lifetime)."""
    _, _, html = fetch(base + path, cookie)
    _, _, plain = fetch(base + path, cookie, encodings="identity")
    parser = Assets()
    parser.feed(plain.decode())
    first = repeat = len(html)
    uncached = []
    for url in dict.fromkeys(u for u in parser.urls if u and u.startswith("/")):
        _, headers, body = fetch(base + url, "")
        first += len(body)
        max_age = re.search(r"max-age=(\d+)", headers.get("Cache-Control", ""))
        if not max_age or int(max_age.group(1)) < 86400:
            repeat += len(body)
            uncached.append(url)
    return {
        "first_load_bytes": first,
        "repeat_load_bytes": repeat,
        "uncached": uncached,
        "assets": len(parser.urls),
    }


def worker_memory(master_pid):
    """Resident memory of each gunicorn worker, in MB."""
    children = Path(f"/proc/{master_pid}/task/{master_pid}/children").read_text().split()
    sizes = []
    for pid in children:
        status = Path(f"/proc/{pid}/status").read_text()
        kb = int(re.search(r"VmRSS:\s+(\d+) kB", status).group(1))
        sizes.append(round(kb / 1024, 1))
    return sizes


if __name__ == "__main__":
    main()
