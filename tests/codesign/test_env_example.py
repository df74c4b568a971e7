"""Every environment variable the app or gunicorn reads is explained in .env.example."""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
READERS = ["codesign/settings.py", "codesign/runtime/infrastructure.py", "gunicorn.conf.py"]
# Names read only to stop start-up with "this was renamed".
RETIRED = {"CACHE"}
READ = re.compile(r"""(?:env_(?:str|bool|int|list|choice)|_from_env)\(\s*["']([A-Z0-9_]+)["']""")


def names_read():
    return {name for path in READERS for name in READ.findall((ROOT / path).read_text())}


def test_every_setting_is_documented():
    documented = set(re.findall(r"^([A-Z0-9_]+)=", (ROOT / ".env.example").read_text(), re.M))
    assert names_read() - documented - RETIRED == set()


def test_the_search_finds_the_settings():
    assert {"DEBUG", "CACHE_URL", "MEDIA_STORAGE", "S3_BUCKET", "WEB_CONCURRENCY"} <= names_read()
