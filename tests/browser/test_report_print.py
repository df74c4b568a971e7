"""The demo's report prints as a clean document: no menus or edit links, every section there,
and the page passes the accessibility checks on screen."""

import pytest

from participants.models import Participant
from tests.helpers import assert_no_axe_violations, demo_project, sign_in_browser

pytestmark = pytest.mark.browser


def test_the_report_reads_like_the_practice_example_and_prints_cleanly(
    settings, transactional_db, desktop, live_server
):
    project = demo_project(settings)
    lead = Participant.objects.get(project=project, role="lead").user
    sign_in_browser(desktop, live_server, lead)
    desktop.goto(f"/projects/{project.slug}/report/")
    assert_no_axe_violations(desktop)
    text = desktop.inner_text("main")
    assert "worked in partnership on a project called Redesigning Support for Care Leavers" in text
    assert "Friends' pack used in residential care (in practice)" in text
    assert "Hold sessions out of working hours from the start" in text
    change_link = desktop.get_by_role("link", name="Change “About the project”")
    assert change_link.is_visible()

    desktop.emulate_media(media="print")
    assert not change_link.is_visible()
    assert not desktop.locator("header").first.is_visible()
    assert not desktop.locator(".project-header").first.is_visible()
    assert desktop.get_by_role(
        "heading", name="What advice would the project give to others?"
    ).is_visible()
    pdf = desktop.pdf(format="A4")
    assert pdf.startswith(b"%PDF")
