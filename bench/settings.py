"""The real settings, plus what the benchmark needs: a trivial view to compare pages with, and
a count of the requests each worker has answered."""

from codesign.settings import *  # noqa: F403

ROOT_URLCONF = "bench.urls"
# Outermost, so every request a worker answers is counted, whatever it answers.
MIDDLEWARE = ["bench.counting.CountRequestsMiddleware", *MIDDLEWARE]  # noqa: F405
