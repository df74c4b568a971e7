"""How many requests each gunicorn worker has answered, kept in a file per worker.

wrk counts only the requests it saw finish before it stopped; the workers go on to answer the
ones still queued, and those cost CPU too. Dividing the workers' CPU by the requests they
answered themselves keeps a slow page's figure honest. One write of a few bytes a request, the
same for every page and the trivial view. Used only by bench.settings.
"""

import os
from pathlib import Path

DIRECTORY = "BENCH_COUNT_DIR"


class CountRequestsMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self.pid = None

    def __call__(self, request):
        response = self.get_response(request)
        if self.pid != os.getpid():
            # The first request in this worker (or the app was loaded before the fork).
            self.pid, self.count = os.getpid(), 0
            folder = os.environ.get(DIRECTORY)
            self.fd = (
                os.open(Path(folder) / str(self.pid), os.O_WRONLY | os.O_CREAT) if folder else None
            )
        self.count += 1
        if self.fd is not None:
            os.pwrite(self.fd, b"%20d" % self.count, 0)
        return response


def answered(folder, pid):
    """Requests the worker `pid` has answered so far (0 before its first)."""
    try:
        return int((Path(folder) / str(pid)).read_text() or 0)
    except FileNotFoundError:
        return 0
