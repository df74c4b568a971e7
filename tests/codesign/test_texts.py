"""Text backends: console by default, an outbox in tests (providers: test_gateway.py)."""

import pytest

from codesign import texts


@pytest.fixture(autouse=True)
def _empty_outbox():
    texts.outbox.clear()
    yield
    texts.outbox.clear()


def test_tests_keep_texts_in_the_outbox():
    assert texts.send_text(to="+447700900123", body="Hello") == "text-1"
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


def test_the_file_backend_keeps_texts_in_the_development_outbox(settings, tmp_path):
    settings.TEXT_BACKEND = "codesign.texts.FileBackend"
    settings.TEXT_FILE = str(tmp_path / "outbox" / "texts.txt")
    texts.send_text(to="+447700900123", body="Hello")
    texts.send_text(to="+447700900123", body="Again")
    kept = (tmp_path / "outbox" / "texts.txt").read_text()
    assert "to +447700900123:\nHello" in kept and "Again" in kept
