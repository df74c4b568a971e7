"""The words the site's pages can be made of: every name-like word in our templates, scripts
and Python, and in the templates of the packages that render parts of our pages (crispy
forms, Django's form widgets, allauth). A class name a page uses is one of these words, or one
of the stems a template or f-string finishes when the page is made ("alert-{{ level }}")."""

import re
from importlib.util import find_spec
from pathlib import Path

from django.conf import settings

from codesign.assets.trim import Usable

WORD = re.compile(r"[A-Za-z_][\w-]*")
# A stem is kept only when it says enough: "text-bg-" or "btn-outline-", not "a-".
SHORTEST_STEM = 4
OUR_CODE = ("codesign", "projects", "participants", "sessions")
SUFFIXES = {".html", ".txt", ".js", ".py"}
# Packages whose templates or Python put classes on our pages, and where in them to look.
PACKAGES = {
    "crispy_forms": ("",),
    "crispy_bootstrap5": ("",),
    "django.forms": ("templates",),
    "allauth": ("templates",),
}


def _package_folders():
    for name, parts in PACKAGES.items():
        spec = find_spec(name)
        if spec is None or not spec.submodule_search_locations:
            continue
        for location in spec.submodule_search_locations:
            for part in parts:
                yield Path(location) / part


def source_files():
    """Every file whose words count, in a stable order."""
    base = Path(settings.BASE_DIR)
    folders = [base / "templates", base / "static" / "js"]
    folders += [base / name for name in OUR_CODE]
    folders += list(_package_folders())
    found = set()
    for folder in folders:
        for path in folder.rglob("*"):
            if path.suffix in SUFFIXES and "migrations" not in path.parts and path.is_file():
                found.add(path)
    return sorted(found)


def usable_words(paths):
    words, stems = set(), set()
    for path in paths:
        for word in WORD.findall(path.read_text(encoding="utf-8", errors="replace")):
            if word.endswith("-"):
                if len(word) >= SHORTEST_STEM and word.strip("-"):
                    stems.add(word)
            else:
                words.add(word)
    return Usable(frozenset(words), tuple(sorted(stems)))
