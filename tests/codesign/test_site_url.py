"""The site's address comes from one setting, read strictly."""

import pytest
from django.core.exceptions import ImproperlyConfigured

from codesign.env import env_url
from participants.notify import join_url


def test_join_links_use_the_site_setting(settings):
    settings.SITE_URL = "https://codesign.example.org"
    assert join_url("KXPT7HWQ") == "https://codesign.example.org/join/KXPT-7HWQ/"


def test_the_final_slash_is_dropped(monkeypatch):
    monkeypatch.setenv("SITE_URL", "http://127.0.0.1:8701/")
    assert env_url("SITE_URL", "http://127.0.0.1:8000") == "http://127.0.0.1:8701"


def test_the_default_is_used_when_unset(monkeypatch):
    monkeypatch.delenv("SITE_URL", raising=False)
    assert env_url("SITE_URL", "http://127.0.0.1:8000") == "http://127.0.0.1:8000"


@pytest.mark.parametrize(
    "value", ["codesign.example.org", "ftp://example.org", "https://", "https://x.org/?a=1"]
)
def test_an_address_that_is_not_one_stops_start_up(monkeypatch, value):
    monkeypatch.setenv("SITE_URL", value)
    with pytest.raises(ImproperlyConfigured, match="SITE_URL"):
        env_url("SITE_URL", "http://127.0.0.1:8000")
