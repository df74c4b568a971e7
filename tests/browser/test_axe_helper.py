"""The accessibility check used by every browser test really fails on a real problem."""

import pytest

from tests.helpers import assert_no_axe_violations

pytestmark = pytest.mark.browser


def test_it_fails_on_an_image_without_a_text_alternative(desktop):
    desktop.set_content(
        '<!doctype html><html lang="en"><head><title>t</title></head>'
        '<body><main><h1>Hi</h1><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="></main>'
        "</body></html>"
    )
    with pytest.raises(AssertionError, match="image-alt"):
        assert_no_axe_violations(desktop)


def test_it_fails_on_text_too_faint_to_read(desktop):
    desktop.set_content(
        '<!doctype html><html lang="en"><head><title>t</title></head>'
        '<body><main><h1>Hi</h1><p style="color:#bbb;background:#fff">Faint words</p></main>'
        "</body></html>"
    )
    with pytest.raises(AssertionError, match="color-contrast"):
        assert_no_axe_violations(desktop)


def test_it_passes_a_plain_good_page(desktop):
    desktop.set_content(
        '<!doctype html><html lang="en"><head><title>t</title></head>'
        "<body><main><h1>Hi</h1><p>Clear words</p></main></body></html>"
    )
    assert_no_axe_violations(desktop)
