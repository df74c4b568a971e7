"""A staticfiles finder for `css/bootstrap-used.css`: Bootstrap's stylesheet, from the installed
django-bootstrap-static package, with only the rules our pages can use (codesign/assets/trim.py).

It is made when first asked for (by `collectstatic`, the development server or a test's live
server) into build/static/, never committed, and made again whenever a template, script,
form or Bootstrap itself changes (with DEBUG on it looks on every request, so an edited
template shows at once)."""

import hashlib
import os
import tempfile
from importlib.util import find_spec
from pathlib import Path

from django.conf import settings
from django.contrib.staticfiles.finders import BaseFinder
from django.core.files.storage import FileSystemStorage

from codesign.assets.sources import source_files, usable_words
from codesign.assets.trim import trim

NAME = "css/bootstrap-used.css"
SOURCE = Path("static/bootstrap/css/bootstrap.min.css")
CODE = [Path(__file__).with_name("trim.py"), Path(__file__).with_name("sources.py")]


def bootstrap_css():
    """The full stylesheet shipped by django-bootstrap-static."""
    spec = find_spec("bootstrap")
    return Path(next(iter(spec.submodule_search_locations))) / SOURCE


def own_styles():
    return sorted((Path(settings.BASE_DIR) / "static" / "css").glob("*.css"))


def build_folder():
    folder = Path(settings.BASE_DIR) / "build" / "static"
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:  # a read-only checkout: the system's temporary folder instead
        folder = Path(tempfile.gettempdir()) / "codesign-build" / "static"
        folder.mkdir(parents=True, exist_ok=True)
    return folder


def fingerprint(files):
    digest = hashlib.sha256()
    for path in [bootstrap_css(), *own_styles(), *files]:
        stat = path.stat()
        digest.update(f"{path}\0{stat.st_mtime_ns}\0{stat.st_size}\n".encode())
    for path in CODE:
        digest.update(path.read_bytes())
    return digest.hexdigest()


def write_atomically(path, text):
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    with os.fdopen(handle, "w", encoding="utf-8") as out:
        out.write(text)
    os.chmod(temporary, 0o644)
    os.replace(temporary, path)


_made = {}


def build():
    """The path of the trimmed stylesheet, made afresh if anything it comes from changed."""
    if _made and not settings.DEBUG:
        return _made["path"]
    files = source_files()
    stamp = fingerprint(files)
    folder = build_folder()
    target = folder / NAME
    stamp_file = folder.parent / "bootstrap-used.fingerprint"
    current = stamp_file.read_text() if stamp_file.exists() and target.exists() else ""
    if current != stamp:
        also_read = "".join(path.read_text(encoding="utf-8") for path in own_styles())
        css = trim(bootstrap_css().read_text(encoding="utf-8"), usable_words(files), also_read)
        write_atomically(target, css)
        write_atomically(stamp_file, stamp)
    _made["path"] = str(target)
    return _made["path"]


class TrimmedBootstrapFinder(BaseFinder):
    def check(self, **kwargs):
        return []

    def find(self, path, find_all=False, **kwargs):
        if kwargs.get("all"):
            find_all = True
        if path != NAME:
            return []  # as Django's own finders answer, whether asked for one or all
        found = build()
        return [found] if find_all else found

    def list(self, ignore_patterns):
        build()
        yield NAME, FileSystemStorage(location=str(build_folder()))
