"""Draw the app's icons (the favicon's two overlapping circles on the brand colour) as PNGs for
the web app manifest: `python scripts/app_icons.py` writes them into static/img/.

Drawn four times larger and scaled down, so the edges come out smooth. The "maskable" icon
keeps the circles inside the middle 80 %, which phones may crop to a circle or a squircle."""

from pathlib import Path

from PIL import Image, ImageDraw

BRAND = (14, 90, 85, 255)  # --cd-brand
WHITE = (255, 255, 255, 255)
YELLOW = (255, 210, 63, 217)  # --cd-focus at 85 %
OUT = Path(__file__).resolve().parent.parent / "static" / "img"
SCALE = 4


def draw(size, *, maskable):
    big = size * SCALE
    art = Image.new("RGBA", (big, big), (0, 0, 0, 0))
    pen = ImageDraw.Draw(art)
    if maskable:
        pen.rectangle((0, 0, big, big), fill=BRAND)
        unit = big * 0.8 / 32  # the favicon's 32-unit grid, in the safe middle 80 %
        origin = big * 0.1
    else:
        pen.rounded_rectangle((0, 0, big - 1, big - 1), radius=big * 7 / 32, fill=BRAND)
        unit, origin = big / 32, 0

    def circle(cx, colour):
        x, y, r = origin + cx * unit, origin + 16 * unit, 7 * unit
        layer = Image.new("RGBA", art.size, (0, 0, 0, 0))
        ImageDraw.Draw(layer).ellipse((x - r, y - r, x + r, y + r), fill=colour)
        art.alpha_composite(layer)

    circle(12, WHITE)
    circle(20, YELLOW)
    return art.resize((size, size), Image.Resampling.LANCZOS)


def save(art, name):
    # Five colours and their smoothed edges fit a small palette: a quarter of the bytes, which
    # people paying for data notice.
    small = art.quantize(colors=64, method=Image.Quantize.FASTOCTREE, dither=Image.Dither.NONE)
    small.save(OUT / name, optimize=True)


def main():
    for size in (192, 512):
        save(draw(size, maskable=False), f"icon-{size}.png")
    save(draw(512, maskable=True), "icon-maskable-512.png")


if __name__ == "__main__":
    main()
