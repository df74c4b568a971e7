"""The databases the benchmark measures, made afresh and dropped after; the shared cache its
PostgreSQL pass uses; a write of its own before each cold request; PostgreSQL's CPU counter."""

import os
import re
import secrets
from contextlib import contextmanager

from bench.counters import PostgresCPU

DEFAULT_CACHE = "redis://127.0.0.1:6379/0"


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


def drop_database(name, url):
    if name == "sqlite":
        return
    import psycopg

    database = url.rsplit("/", 1)[1]
    with psycopg.connect(url.rsplit("/", 1)[0] + "/postgres", autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')


@contextmanager
def shared_cache(name, env):
    """The PostgreSQL pass shares Redis between workers, as production does, under a key prefix
    of its own that is removed afterwards. Yields a few words saying which cache was used."""
    if name == "sqlite":
        yield "each worker's own memory"
        return
    import redis

    url = os.environ.get("BENCH_CACHE_URL", DEFAULT_CACHE)
    client = redis.Redis.from_url(url, socket_connect_timeout=2)
    try:
        client.ping()
    except redis.RedisError:
        print(f"{name}: Redis did not answer at {url}: each worker caches on its own.")
        yield "each worker's own memory (Redis did not answer)"
        return
    prefix = f"codesign-bench-{secrets.token_hex(4)}"
    env.update(CACHE_URL=url, CACHE_KEY_PREFIX=prefix)
    try:
        yield "Redis, shared by the workers"
    finally:
        for key in client.scan_iter(match=f"{prefix}:*"):
            client.delete(key)
        client.close()


def data_writer(name, url, slug, env):
    """A function that does to the caches what any write to a project does: moves the project
    to a new data version, through a connection of the benchmark's own, and (with the shared
    cache) renews the generation that a person's pages across projects are kept under
    (projects/freshness.py), by removing it so the next request makes a new one."""
    statement = "UPDATE projects_project SET data_version = data_version + 1 WHERE slug = {}"
    if name == "sqlite":
        import sqlite3

        connection = sqlite3.connect(url.removeprefix("sqlite:///"), isolation_level=None)
        return lambda: connection.execute(statement.format("?"), [slug])
    import psycopg

    connection = psycopg.connect(url, autocommit=True)
    renew = _generation_renewer(env)

    def write():
        connection.execute(statement.format("%s"), [slug])
        renew()

    return write


def _generation_renewer(env):
    if not env.get("CACHE_URL", "").startswith("redis"):
        return lambda: None
    import redis

    client = redis.Redis.from_url(env["CACHE_URL"], socket_connect_timeout=2)
    # Django's key for "projects:generation": the prefix, the cache version (1), the name.
    key = f"{env['CACHE_KEY_PREFIX']}:1:projects:generation"
    return lambda: client.delete(key)


def database_meter(name, url):
    if name == "sqlite":
        return None
    counter = PostgresCPU(url, url.rsplit("/", 1)[1])
    if not counter.available:
        print(f"{name}: its processes cannot be read here; its CPU is not measured.")
    return counter
