"""Every page of the demo is valid HTML by the W3C's current Nu HTML checker (vnu.jar, which
`make test` installs from the npm registry): the pages a lead, a young person and a visitor see,
the same list the browser sweep walks, fetched once each and checked in one run."""

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from django.test import Client

from participants.models import Participant
from tests.browser.test_every_page_accessible import (
    lead_pages,
    runner_safety_pages,
    visitor_pages,
    young_person_pages,
)
from tests.helpers import demo_project

ROOT = Path(__file__).resolve().parents[2]
VNU_JAR = ROOT / ".tools/node_modules/vnu-jar/build/dist/vnu.jar"

pytestmark = pytest.mark.slow


def _pages(tmp_path, client, paths, prefix):
    written = []
    for number, path in enumerate(paths):
        response = client.get(path)
        assert response.status_code == 200, f"{path} answered {response.status_code}"
        if "text/html" not in response["Content-Type"]:
            continue
        page = tmp_path / f"{prefix}-{number:03d}.html"
        page.write_bytes(response.content)
        written.append((page, path))
    return written


def test_every_page_is_valid_html(db, settings, tmp_path):
    assert VNU_JAR.exists(), "vnu.jar is missing: `make vnu` (or `make test`) installs it"
    assert shutil.which("java"), "Java is missing: `make vnu` installs it"
    project = demo_project(settings)
    lead, young, priya = Client(), Client(), Client()
    priya.force_login(
        Participant.objects.get(project=project, user__email="facilitator@demo.codesign.test").user
    )
    lead.force_login(Participant.objects.get(project=project, role="lead").user)
    young.force_login(
        Participant.objects.get(project=project, user__email="young.person@demo.codesign.test").user
    )
    pages = (
        _pages(tmp_path, lead, lead_pages(project), "lead")
        + _pages(tmp_path, young, young_person_pages(project), "young")
        + _pages(tmp_path, Client(), visitor_pages(project), "visitor")
        + _pages(tmp_path, priya, runner_safety_pages(project), "runner")
    )
    assert len(pages) > 100
    checked = subprocess.run(
        ["java", "-jar", str(VNU_JAR), "--errors-only", "--format", "json", "--exit-zero-always"]
        + [str(page) for page, _path in pages],
        capture_output=True,
        text=True,
        timeout=300,
    )
    messages = json.loads(checked.stderr or checked.stdout)["messages"]
    where = {f"file:{page}": path for page, path in pages}
    problems = [
        f"{where.get(message.get('url'), message.get('url'))}:{message.get('lastLine')}: "
        f"{message['message']}"
        for message in messages
    ]
    assert problems == [], "\n".join(problems[:40])
