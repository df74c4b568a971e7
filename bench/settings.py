"""The real settings, plus one route the benchmark needs: a trivial view to compare pages with."""

from codesign.settings import *  # noqa: F403

ROOT_URLCONF = "bench.urls"
