"""Take the screenshots in docs/screenshots/ from a fresh copy of the demo.

    .venv/bin/python scripts/screenshots.py [--port 8501] [--out docs/screenshots]

It builds the demo project in a throwaway SQLite database, starts a development server on the
port, signs in as the demo people through the real sign-in page, saves each page at a phone width
(375 px) and a computer width (1280 px), then stops the server it started.
"""

import argparse
import os
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
WIDTHS = {"phone": (375, 812), "computer": (1280, 900)}
SLUG = "redesigning-support-for-care-leavers"
PASSWORD = "codesign-demo"

# (file name, who signs in or None for a visitor, path)
SHOTS = [
    ("home", None, "/"),
    ("overview-young-person", "young.person@demo.codesign.test", f"/projects/{SLUG}/"),
    ("overview-lead", "lead@demo.codesign.test", f"/projects/{SLUG}/"),
    ("needs-summary", "lead@demo.codesign.test", f"/projects/{SLUG}/needs/"),
    # Dylan has no email: he signs in with the name on his card, and his news waits here.
    ("messages-no-email", "dylan583", "/me/messages/"),
    # Ellie chose letters: the lead prints and posts them.
    ("letters-to-post", "lead@demo.codesign.test", f"/projects/{SLUG}/people/letters/"),
    ("training", "young.person@demo.codesign.test", f"/projects/{SLUG}/training/"),
    (
        "worried-about-someone",
        "young.person@demo.codesign.test",
        f"/projects/{SLUG}/safeguarding/worried/",
    ),
]


def manage(env, *args):
    subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=env, check=True, capture_output=True
    )


def wait_until_up(url, server, seconds=30):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit("The server stopped before it answered.")
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except OSError:
            time.sleep(0.3)
    raise SystemExit(f"No answer from {url} after {seconds} seconds.")


def sign_in(page, base, email):
    page.goto(f"{base}/accounts/login/")
    page.locator("#id_login").fill(email)
    page.locator("#id_password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_load_state()


def shoot(base, out):
    from playwright.sync_api import sync_playwright

    out.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"]
        )
        for name, email, path in SHOTS:
            for width, height in WIDTHS.values():
                context = browser.new_context(viewport={"width": width, "height": height})
                page = context.new_page()
                if email:
                    sign_in(page, base, email)
                page.goto(f"{base}{path}")
                target = out / f"{name}-{width}.png"
                page.screenshot(path=str(target), full_page=True)
                print(target)
                context.close()
        browser.close()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=8501)
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        env = {
            **os.environ,
            "DEBUG": "true",
            "DATABASE_URL": f"sqlite:///{tmp}/demo.sqlite3",
            "MEDIA_ROOT": f"{tmp}/media",
        }
        manage(env, "migrate", "--noinput")
        manage(env, "seed_demo")
        manage(env, "seed_glossary")
        server = subprocess.Popen(
            [sys.executable, "manage.py", "runserver", "--noreload", f"127.0.0.1:{args.port}"],
            cwd=ROOT,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            base = f"http://127.0.0.1:{args.port}"
            wait_until_up(f"{base}/", server)
            shoot(base, args.out.resolve())
        finally:
            server.terminate()
            server.wait(timeout=10)


if __name__ == "__main__":
    main()
