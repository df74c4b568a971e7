"""Turn the benchmark's figures into docs/performance.md, with every missed target listed."""

from pathlib import Path

NOTES = Path(__file__).with_name("NOTES.md")
KB = 1024
P95_MS = 100
HTML_KB = 60
FIRST_LOAD_KB = 100  # a first visit on a slow mobile line (tests/browser/test_light_on_the_wire.py)
REPEAT_LOAD_KB = 30
WORKER_MB = 150

DATABASE_CPU_MS = 5
COLD_TIMES_WARM = 3

HEADER = (
    "| Page | As | CPU ms | trivial CPU ms | share of trivial | target | database CPU ms "
    "| req/s share | p50 ms | p95 ms "
    "| queries | HTML KB | sent KB (gzip) | first load KB | repeat load KB |\n"
    "|---|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|"
)


def kb(size):
    return f"{size / KB:.1f}"


def ratio(row):
    """The trivial view's CPU per request over the page's, both from the same run."""
    return row["trivial"]["cpu_ms"] / row["load"]["cpu_ms"] if row["load"]["cpu_ms"] else 0.0


def throughput_share(row):
    return row["load"]["rps"] / row["trivial"]["rps"] if row["trivial"]["rps"] else 0.0


def misses(row):
    found = []
    if row["status"] != 200 or row["load"]["non_2xx"]:
        found.append(f"answered {row['status']} ({row['load']['non_2xx']} errors under load)")
    if row["load"]["socket_errors"]:
        found.append(f"{row['load']['socket_errors']} requests timed out or failed under load")
    if ratio(row) < row["target"]:
        found.append(f"{ratio(row):.1%} of the trivial view (target {row['target']:.0%})")
    if row["load"]["database_cpu_ms"] > DATABASE_CPU_MS:
        found.append(
            f"database {row['load']['database_cpu_ms']:.1f} ms CPU (target ≤ {DATABASE_CPU_MS})"
        )
    if row["load"]["p95_ms"] > P95_MS:
        found.append(f"p95 {row['load']['p95_ms']:.0f} ms (target ≤ {P95_MS})")
    if row["html_bytes"] > HTML_KB * KB:
        found.append(f"HTML {kb(row['html_bytes'])} KB (target ≤ {HTML_KB})")
    if row["first_load_bytes"] > FIRST_LOAD_KB * KB:
        found.append(f"first load {kb(row['first_load_bytes'])} KB (target ≤ {FIRST_LOAD_KB})")
    if row["repeat_load_bytes"] > REPEAT_LOAD_KB * KB:
        found.append(f"repeat load {kb(row['repeat_load_bytes'])} KB (target ≤ {REPEAT_LOAD_KB})")
    return found


def who(row):
    return row["role"].replace("_", " ") or "visitor"


def table(rows):
    lines = [HEADER]
    for row in rows:
        load, trivial = row["load"], row["trivial"]
        lines.append(
            f"| {row['name']} | {who(row)} "
            f"| {load['cpu_ms']:.2f} | {trivial['cpu_ms']:.2f} | {ratio(row):.1%} "
            f"| {row['target']:.0%} | {load['database_cpu_ms']:.2f} | {throughput_share(row):.1%} "
            f"| {load['p50_ms']:.1f} | {load['p95_ms']:.1f} | {row['queries']} "
            f"| {kb(row['html_bytes'])} | {kb(row['gzip_bytes'])} "
            f"| {kb(row['first_load_bytes'])} | {kb(row['repeat_load_bytes'])} |"
        )
    return "\n".join(lines)


def section(result):
    name = {"sqlite": "SQLite", "postgresql": "PostgreSQL"}[result["database"]]
    if "skipped" in result:
        return f"## {name}\n\nNot measured: {result['skipped']}.\n"
    warm_rows = [row for row in result["rows"] if "cold" not in row and not row["refused"]]
    parts = [f"## {name}\n", f"Cache: {result.get('cache', 'not recorded')}.\n"]
    parts += [table(warm_rows), "", *cold_lines(result["rows"]), *refused_lines(result["rows"])]
    memory = result["memory_mb"]
    over = [size for size in memory if size > WORKER_MB]
    parts.append(
        f"Worker memory after the run: {', '.join(f'{size} MB' for size in memory)} "
        f"(target ≤ {WORKER_MB} MB each{': MISSED' if over else ', met'}). "
        f"Loading the data took {result['load_seconds']:.0f} s.\n"
    )
    missed = [(row, found) for row in warm_rows if (found := misses(row))]
    if missed:
        parts.append("Targets missed:\n")
        for row, found in missed:
            parts.append(f"- {row['name']} as {who(row)}: {'; '.join(found)}.")
        parts.append("")
    else:
        parts.append("Every page met every target.\n")
    return "\n".join(parts)


def cold_lines(rows):
    """The first request after a write, for each page that caches, against its warm row."""
    warm = {(row["name"], row["role"]): row for row in rows if "cold" not in row}
    lines = []
    for row in rows:
        if "cold" not in row or row["refused"]:
            continue
        cold_ms = row["cold"]["cpu_ms"]
        warm_row = warm.get((row["name"], row["role"]))
        if warm_row is None or warm_row["refused"] or not warm_row["load"]["cpu_ms"]:
            continue
        times = cold_ms / warm_row["load"]["cpu_ms"]
        verdict = "met" if times <= COLD_TIMES_WARM else "MISSED"
        lines.append(
            f"- {row['name']} as {who(row)}, first request after a write: {cold_ms:.1f} ms CPU, "
            f"{times:.1f}× warm (target ≤ {COLD_TIMES_WARM}×: {verdict}); database "
            f"{row['cold']['database_cpu_ms']:.1f} ms (mean of {row['cold']['samples']})."
        )
    return ["First request after a write:\n", *lines, ""] if lines else []


def refused_lines(rows):
    lines = [
        f"- {row['name']} as {who(row)}: not written: {row['refused']}."
        for row in rows
        if row["refused"]
    ]
    return ["Rows refused:\n", *lines, ""] if lines else []


def write_report(path, runs, meta):
    intro = f"""# Performance

Written by `make bench` on {meta["date"]} ({meta["elapsed"]} s); run it again to refresh.

**How it is measured.** A scale dataset (`manage.py seed_scale`: 200 projects, 10,000 people,
and one big project with 2,000 people, 500 decisions, 1,000 spending records, 200 stage moves,
200 updates, files and project words, 300 open invitations; 300 sessions, a third still to
come and some cancelled or moved online, with 4,000 replies; 300 ideas with 600 versions,
2,000 comments, 100 test rounds with 1,500 answers and 150 evaluation sheets; 200 outcomes with
400 reviews, 200 reflections, 300 ladder ratings and 600 payment claims from waiting to paid)
is served by gunicorn on
127.0.0.1 ({meta["workers"]} sync workers, DEBUG off, a throwaway SECRET_KEY, static files from
WhiteNoise, no access log, no worker recycling) on a machine with {meta["cpus"]} CPUs. For each
page, wrk (`-t{meta["threads"]} -c{meta["connections"]}`, {meta["seconds"]} s a run, gzip
accepted, signed in as the role shown with a session cookie) drives a trivial Django view
(`/bench/trivial/`, routed only in the benchmark's settings) and the page in turns,
{meta["rounds"]} times each. *CPU ms* is the workers' user and system CPU time (from
`/proc/<pid>/stat`) over the requests they answered; *database CPU ms* the same for
PostgreSQL's backends. Requests per second are over all of a page's runs, latencies from the
middle run (the worse of two). A row whose page or trivial runs completed fewer than
{meta["min_requests"]} requests is refused.

**How to read it.** Absolute times depend on the machine and on whoever else is using it; the
*share of trivial* (the trivial view's CPU per request over the page's, from the same run) is
the figure to compare across machines and runs. Queries are counted
with Django's test client on the same data (second fetch: a warm worker). *HTML KB* is before
compression, *sent KB* after. *First load* is the page plus every stylesheet, script and
image it loads, and what the service worker fetches when it first sets itself up (its script
and the offline page), compressed as a browser gets them; *repeat load* is what a second visit
fetches again (static files carry far-future cache headers, so only the page). A page about
one session, idea or outcome shows the big project's busiest: the most replies, comments or
reviews.

**Targets** (on PostgreSQL, with the shared cache): the signed-in trivial view at most 1.5×
the trivial view; every page at least 15 % of the trivial view (home and the overview 25 %);
the first request after a write at most {COLD_TIMES_WARM}× warm; database CPU ≤
{DATABASE_CPU_MS} ms a request;
p95 ≤ {P95_MS} ms at {meta["connections"]} connections, HTML ≤ {HTML_KB} KB, first load ≤
{FIRST_LOAD_KB} KB, repeat load ≤ {REPEAT_LOAD_KB} KB, each worker ≤ {WORKER_MB} MB; query counts
the same at 3, 50 and 2,000 rows (checked by the test suite).
"""
    sections = [section(result) for result in runs]
    notes = NOTES.read_text().strip() + "\n" if NOTES.exists() else ""
    text = "\n".join([intro, *sections, notes]).rstrip() + "\n"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    return text
