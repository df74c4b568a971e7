"""Every permission the code asks for is registered with rules, and every registered
permission has a rules test over every role (tests/<app>/test_rules_*.py)."""

import re
from pathlib import Path

from rules.permissions import permissions

ROOT = Path(__file__).resolve().parents[2]
APPS = ("projects", "participants", "sessions")
LABELS = ("projects", "participants", "workshops")
# "projects.change_funding", "participants.invite": a label, a dot, a verb and what it acts on.
PERMISSION = re.compile(
    r"""["']((?:projects|participants|workshops)\.(?!urls)(?:[a-z]+_[a-z_]+|invite))["']"""
)


def _sources():
    for app in APPS:
        for path in (ROOT / app).rglob("*.py"):
            if "migrations" not in path.parts and path.name != "rules.py":
                yield path
    yield from (ROOT / "templates").rglob("*.html")


def _named_in(paths):
    return {name for path in paths for name in PERMISSION.findall(path.read_text())}


def _registered():
    return {name for name in permissions if name.startswith(tuple(f"{label}." for label in LABELS))}


def test_the_code_asks_only_for_registered_permissions():
    named = _named_in(_sources())
    assert named, "no permission found: the pattern no longer matches how code names them"
    unknown = sorted(named - _registered())
    assert not unknown, f"not registered in any rules.py: {unknown}"


def test_every_registered_permission_has_a_rules_test():
    rules_tests = list((ROOT / "tests").rglob("test_rules_*.py"))
    tested = _named_in(rules_tests)
    untested = sorted(_registered() - tested)
    assert not untested, f"no tests/<app>/test_rules_*.py names: {untested}"


def test_a_permission_nobody_registered_would_be_caught(tmp_path):
    template = tmp_path / "page.html"
    template.write_text("{% has_perm 'projects.change_everything' user project as can %}")
    assert _named_in([template]) - _registered() == {"projects.change_everything"}
