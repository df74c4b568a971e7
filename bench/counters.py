"""CPU time as the kernel counts it: the gunicorn workers' own, and PostgreSQL's backends'.

Wall time on a shared machine includes waiting for a core; the time a process actually ran
(utime + stime in /proc/<pid>/stat, all its threads) barely moves when other work competes,
so it is what the benchmark divides by the requests served.
"""

import os
import time
from pathlib import Path

from bench.counting import answered

TICKS_PER_SECOND = os.sysconf("SC_CLK_TCK")
# A worker is idle once it has used less than this in one look.
IDLE_CPU_SECONDS = 0.01
LOOK_EVERY_SECONDS = 0.1


def cpu_seconds(pid):
    """User plus system CPU seconds a process (all its threads) has used; None once it is gone."""
    try:
        text = Path(f"/proc/{pid}/stat").read_text()
    except (FileNotFoundError, ProcessLookupError, PermissionError):
        return None
    # The name in brackets may hold spaces: count fields from after it (utime is field 14).
    fields = text.rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICKS_PER_SECOND


def children(pid):
    path = Path(f"/proc/{pid}/task/{pid}/children")
    try:
        return tuple(sorted(int(child) for child in path.read_text().split()))
    except FileNotFoundError:
        return ()


class Workers:
    """The CPU the gunicorn master's workers have used, summed; knows when one was replaced
    (a crash or a timeout), which makes a reading meaningless."""

    def __init__(self, master_pid, count_dir):
        self.master_pid = master_pid
        self.count_dir = count_dir
        self.pids = children(master_pid)

    def replaced(self):
        return children(self.master_pid) != self.pids

    def cpu(self):
        return sum(cpu_seconds(pid) or 0.0 for pid in self.pids)

    def answered(self):
        return sum(answered(self.count_dir, pid) for pid in self.pids)

    def settle(self, timeout=30.0):
        """Wait until the workers stop working (requests still queued when wrk stopped are
        answered); return their CPU seconds and the requests they have answered, then."""
        deadline = time.monotonic() + timeout
        before = (self.cpu(), self.answered())
        while True:
            time.sleep(LOOK_EVERY_SECONDS)
            now = (self.cpu(), self.answered())
            idle = now[1] == before[1] and now[0] - before[0] < IDLE_CPU_SECONDS
            if idle or time.monotonic() > deadline:
                return now
            before = now


class NoDatabaseCPU:
    """For a database without server processes of its own (SQLite runs inside the worker)."""

    available = False

    def reading(self):
        return {}

    def close(self):
        pass


class PostgresCPU:
    """CPU used by the PostgreSQL backends serving one database, read from /proc: the server
    must run on this machine and its processes be readable (otherwise `available` is False).

    Asks through a connection to another database, so the asking is not counted. A backend
    that ends between two readings takes its CPU with it; the site's connections persist
    (DATABASE_CONN_MAX_AGE), so during a run none do.
    """

    def __init__(self, url, database):
        import psycopg

        self.database = database
        self.connection = psycopg.connect(
            url.rsplit("/", 1)[0] + "/postgres", autocommit=True, connect_timeout=3
        )
        own = self.connection.execute("SELECT pg_backend_pid()").fetchone()[0]
        self.available = cpu_seconds(own) is not None

    def reading(self):
        """CPU seconds so far of each backend connected to the database, by process id."""
        if not self.available:
            return {}
        rows = self.connection.execute(
            "SELECT pid FROM pg_stat_activity "
            "WHERE datname = %s AND backend_type = 'client backend'",
            [self.database],
        ).fetchall()
        return {pid: seconds for (pid,) in rows if (seconds := cpu_seconds(pid)) is not None}

    def close(self):
        self.connection.close()


def between(before, after):
    """CPU seconds the backends used from one reading to the next; one that started meanwhile
    counts from zero."""
    return sum(max(seconds - before.get(pid, 0.0), 0.0) for pid, seconds in after.items())
