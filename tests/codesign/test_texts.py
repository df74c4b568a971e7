"""Text backends: console by default, an outbox in tests, Twilio with its HTTP call faked."""

import io
import json
import urllib.request
from base64 import b64decode
from urllib.parse import parse_qs

import pytest

from codesign import texts
from codesign.tasks import send_text_message


@pytest.fixture(autouse=True)
def _empty_outbox():
    texts.outbox.clear()
    yield
    texts.outbox.clear()


def test_tests_keep_texts_in_the_outbox():
    send_text_message.enqueue(to="+447700900123", body="Hello")
    assert texts.outbox == [texts.Text(to="+447700900123", body="Hello")]


def test_the_console_backend_prints_the_text(settings, capsys):
    settings.TEXT_BACKEND = "codesign.texts.ConsoleBackend"
    texts.send_text(to="+447700900123", body="Hello")
    assert "Text to +447700900123:\nHello" in capsys.readouterr().out


def test_a_text_longer_than_160_characters_is_refused_and_not_sent():
    texts.send_text(to="+447700900123", body="x" * 160)
    with pytest.raises(texts.TextTooLong, match="at most 160"):
        texts.send_text(to="+447700900123", body="x" * 161)
    assert len(texts.outbox) == 1


class FakeResponse(io.BytesIO):
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


@pytest.fixture
def twilio(settings, monkeypatch):
    settings.TEXT_BACKEND = "codesign.texts.TwilioBackend"
    settings.TWILIO_ACCOUNT_SID = "AC123"
    settings.TWILIO_AUTH_TOKEN = "secret-token"
    settings.TWILIO_FROM = "+447700900000"
    sent = []

    def fake_open(self, request):
        sent.append(request)
        return FakeResponse(json.dumps(self.answer).encode())

    monkeypatch.setattr(texts.TwilioBackend, "open", fake_open)
    monkeypatch.setattr(texts.TwilioBackend, "answer", {"sid": "SM1"}, raising=False)

    def never(*args, **kwargs):
        raise AssertionError("the network was used")

    monkeypatch.setattr(urllib.request, "urlopen", never)
    return sent


def test_twilio_gets_one_authenticated_form_post(twilio):
    texts.send_text(to="+447700900123", body="Codesign: hello")
    (request,) = twilio
    assert request.get_method() == "POST"
    assert request.full_url == "https://api.twilio.com/2010-04-01/Accounts/AC123/Messages.json"
    assert parse_qs(request.data.decode()) == {
        "To": ["+447700900123"],
        "From": ["+447700900000"],
        "Body": ["Codesign: hello"],
    }
    scheme, token = request.get_header("Authorization").split()
    assert scheme == "Basic" and b64decode(token) == b"AC123:secret-token"


def test_a_twilio_refusal_is_raised_so_the_task_shows_it_failed(twilio, monkeypatch):
    monkeypatch.setattr(texts.TwilioBackend, "answer", {"error_code": 21211}, raising=False)
    with pytest.raises(texts.TextNotSent, match="21211"):
        texts.send_text(to="+447700900123", body="Hello")


def test_twilio_needs_all_three_settings(monkeypatch):
    import importlib

    from django.core.exceptions import ImproperlyConfigured

    import codesign.settings

    monkeypatch.setenv("TEXT_PROVIDER", "twilio")
    monkeypatch.setenv("TWILIO_ACCOUNT_SID", "AC123")
    monkeypatch.delenv("TWILIO_AUTH_TOKEN", raising=False)
    try:
        with pytest.raises(ImproperlyConfigured, match="TWILIO_AUTH_TOKEN"):
            importlib.reload(codesign.settings)
    finally:
        monkeypatch.undo()
        importlib.reload(codesign.settings)
