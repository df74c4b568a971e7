"""The style guide shows every shared component; each must pass the accessibility checks on a
phone and a computer, so a page built from them starts out right."""

import pytest

from tests.factories import UserFactory
from tests.helpers import assert_no_axe_violations, sign_in_browser

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("device", ["phone", "desktop"])
def test_the_style_guide_is_accessible(request, device, live_server, transactional_db):
    page = request.getfixturevalue(device)
    sign_in_browser(page, live_server, UserFactory(is_staff=True))
    page.goto("/styleguide/")
    assert page.evaluate("document.documentElement.scrollWidth") <= page.viewport_size["width"]
    assert_no_axe_violations(page)
    page.get_by_text("What happens to my answers?").click()
    assert_no_axe_violations(page)
