"""A lead opens the project's privacy page from the demo to hand to their data protection
officer: it passes the accessibility checks, and prints without its forms."""

import pytest

from participants.models import Participant
from tests.helpers import assert_no_axe_violations, demo_project, sign_in_browser

pytestmark = pytest.mark.browser


def test_a_lead_reads_and_prints_the_privacy_page(settings, transactional_db, desktop, live_server):
    project = demo_project(settings)
    lead = Participant.objects.get(project=project, role="lead").user
    sign_in_browser(desktop, live_server, lead)
    desktop.goto(f"/projects/{project.slug}/privacy/")
    assert_no_axe_violations(desktop)
    assert desktop.get_by_role("heading", name="Claims and receipts").is_visible()
    assert "your organisation's period" in desktop.inner_text("main")
    place = desktop.get_by_text("Place a legal hold on this project")
    assert place.is_visible()
    desktop.emulate_media(media="print")
    assert not place.is_visible()
    assert desktop.get_by_role("heading", name="Support needs").is_visible()
