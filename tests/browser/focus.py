"""Measure a keyboard focus indicator from what is drawn on the screen.

The element is photographed before and after it gets keyboard focus. Every pixel that changed is
compared, old colour against new: the indicator is the set of pixels that changed by a contrast
ratio of 3:1 or more (WCAG 1.4.11 and 2.4.11). It must cover at least a 2 CSS pixel bar along the
element's longer side, so a faint glow or a one-pixel line does not count.
"""

import io

MARGIN = 10


def _luminance(rgb):
    def channel(value):
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(v) for v in rgb[:3])
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a, b):
    high, low = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def _shot(page, clip):
    from PIL import Image

    return Image.open(io.BytesIO(page.screenshot(clip=clip, animations="disabled"))).convert("RGB")


def focus_indicator(page, locator):
    """(pixels changed by 3:1 or more, pixels needed) when `locator` gets keyboard focus."""
    locator.scroll_into_view_if_needed()
    page.evaluate("document.activeElement && document.activeElement.blur()")
    box = locator.bounding_box()
    clip = {
        "x": max(box["x"] - MARGIN, 0),
        "y": max(box["y"] - MARGIN, 0),
        "width": box["width"] + 2 * MARGIN,
        "height": box["height"] + 2 * MARGIN,
    }
    before = _shot(page, clip)
    # A key press first, so the browser treats the focus as keyboard focus (:focus-visible).
    page.keyboard.press("Shift")
    locator.focus()
    assert locator.evaluate("el => el.matches(':focus-visible')"), "not keyboard-focused"
    after = _shot(page, clip)
    strong = sum(
        1
        for old, new in zip(before.get_flattened_data(), after.get_flattened_data(), strict=True)
        if old != new and contrast(old, new) >= 3
    )
    needed = round(2 * max(box["width"], box["height"]))
    return strong, needed
