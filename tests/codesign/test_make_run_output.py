"""What `make run` prints: the demo's logins and codes last, in a short block, and no email or
text bodies (they go to the development outbox, one line says where)."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.slow


def test_seed_demo_ends_with_the_logins_and_prints_no_messages(tmp_path):
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "codesign.settings",
        "DEBUG": "true",
        "DATABASE_URL": f"sqlite:///{tmp_path}/demo.sqlite3",
        "EMAIL_PROVIDER": "file",
        "TEXT_PROVIDER": "file",
        "OUTBOX_DIR": str(tmp_path / "outbox"),
        "LOG_LEVEL": "WARNING",
        "MEDIA_ROOT": str(tmp_path / "media"),
    }
    env.pop("CACHE_URL", None)
    env.pop("MEDIA_STORAGE", None)
    manage = [sys.executable, str(ROOT / "manage.py")]
    subprocess.run([*manage, "migrate", "-v", "0"], env=env, check=True, cwd=tmp_path)
    done = subprocess.run(
        [*manage, "seed_demo"], env=env, check=True, cwd=tmp_path, capture_output=True, text=True
    )
    lines = (done.stdout + done.stderr).strip().splitlines()
    assert len(lines) <= 25, "\n".join(lines)
    text = "\n".join(lines)
    for absent in ("Subject:", "Content-Type", "Hello ", "django_tasks", "Text to"):
        assert absent not in text
    assert "every password is codesign-demo" in text
    assert "lead@demo.codesign.test" in text and "dylan583" in text
    assert lines[-1].startswith("Emails and texts the demo sends are kept in")
    # ...and they are there.
    emails = list((tmp_path / "outbox" / "email").iterdir())
    assert emails and "Subject:" in emails[0].read_text()
