"""The floors of the code hold: each app imports only from itself and the apps below it, no
product module is named like a test, no module (migrations aside) grows past 300 lines, and no
folder holds more than about a dozen modules, so a URL leads to its code in one guess."""

import ast
from pathlib import Path

import pytest
from django.conf import settings

ROOT = Path(settings.BASE_DIR)
# Each app, and the apps it may import from.
LAYERS = {
    "codesign": set(),
    "projects": {"codesign"},
    "participants": {"codesign", "projects"},
    "sessions": {"codesign", "projects", "participants"},
}
# The root URLconf joins every app's addresses, so it alone may import them all.
ROOT_URLCONF = ROOT / "codesign" / "urls.py"


def modules(app):
    for path in sorted((ROOT / app).rglob("*.py")):
        if "migrations" not in path.parts:
            yield path


def imported_apps(path):
    tree = ast.parse(path.read_text())
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            yield node.module.split(".")[0]
        elif isinstance(node, ast.Import):
            yield from (alias.name.split(".")[0] for alias in node.names)


@pytest.mark.parametrize("app", LAYERS)
def test_an_app_imports_only_from_itself_and_the_apps_below(app):
    above = set(LAYERS) - LAYERS[app] - {app}
    wrong = [
        (str(path.relative_to(ROOT)), name)
        for path in modules(app)
        if path != ROOT_URLCONF
        for name in imported_apps(path)
        if name in above
    ]
    assert wrong == []


@pytest.mark.parametrize("app", LAYERS)
def test_no_product_module_is_named_like_a_test(app):
    assert [p.name for p in modules(app) if p.name.startswith("test_")] == []


@pytest.mark.parametrize("app", LAYERS)
def test_no_module_passes_300_lines(app):
    long = [
        (str(path.relative_to(ROOT)), n)
        for path in modules(app)
        if (n := len(path.read_text().splitlines())) > 300
    ]
    assert long == []


@pytest.mark.parametrize("app", LAYERS)
def test_no_folder_holds_more_than_about_a_dozen_modules(app):
    folders = {path.parent for path in modules(app)}
    crowded = [
        (str(folder.relative_to(ROOT)), n)
        for folder in folders
        if (n := len([p for p in folder.glob("*.py") if p.name != "__init__.py"])) > 13
    ]
    assert crowded == []
