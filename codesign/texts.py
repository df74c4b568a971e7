"""Sending text messages, with backends chosen by the TEXT_BACKEND setting, like email's.

- ConsoleBackend prints each text (the default: nothing leaves the machine).
- LocmemBackend keeps texts in `outbox`, for tests.
- codesign.gateway.twilio.Twilio and codesign.gateway.notify.Notify send through a provider.

A text is one SMS part; longer ones are refused rather than split, so nobody is charged for
or receives half a message. One part holds 160 characters of the GSM 7-bit alphabet (the
letters, digits and signs of ordinary English, where a few signs such as € and [ count twice),
but only 70 as soon as any other character is used: a Welsh ŵ, a curly quote, an emoji.
"""

import sys
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.utils import timezone
from django.utils.module_loading import import_string

MAX_LENGTH = 160  # GSM 7-bit units in one part
MAX_LENGTH_UNICODE = 70  # characters in one part once any character is outside GSM 7-bit

# The GSM 03.38 default alphabet, and its extension table (each of those takes two units).
GSM7_BASIC = frozenset(
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
)
GSM7_EXTENDED = frozenset("^{}\\[~]|€\f")

outbox = []


class TextTooLong(ValueError):
    """A text longer than one SMS part."""


@dataclass(frozen=True)
class Text:
    to: str  # E.164, e.g. +447700900123
    body: str
    reference: str = ""  # the key the provider is given with it, quoted in its receipts


def short_when(moment):
    """A day and time as a text says it: "Thu 12 Mar, 18:30" (local time, plain characters)."""
    local = timezone.localtime(moment)
    return f"{local:%a} {local.day} {local:%b}, {local:%H:%M}"


def is_today(moment):
    return timezone.localdate(moment) == timezone.localdate()


def is_gsm7(body):
    return all(char in GSM7_BASIC or char in GSM7_EXTENDED for char in body)


def room_used(body):
    """(units used, units one part holds): GSM 7-bit units out of 160, or characters out of 70
    when the text needs Unicode."""
    if is_gsm7(body):
        return sum(2 if char in GSM7_EXTENDED else 1 for char in body), MAX_LENGTH
    return len(body), MAX_LENGTH_UNICODE


def fits_one_part(body):
    used, room = room_used(body)
    return used <= room


def check(body):
    used, room = room_used(body)
    if used > room:
        kind = "characters" if room == MAX_LENGTH else "characters once it has a letter or sign "
        kind += "" if room == MAX_LENGTH else "outside plain text"
        raise TextTooLong(f"A text can be at most {room} {kind}, not {used}.")
    return body


class ConsoleBackend:
    def send(self, text):
        sys.stdout.write(f"Text to {text.to}:\n{text.body}\n{'-' * 40}\n")
        sys.stdout.flush()
        return ""


class FileBackend:
    """Appends each text to the file TEXT_FILE: the development outbox `make run` uses."""

    def send(self, text):
        path = Path(settings.TEXT_FILE)
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("a", encoding="utf-8") as outbox_file:
            outbox_file.write(f"{timezone.now():%Y-%m-%d %H:%M} to {text.to}:\n{text.body}\n\n")
        return ""


class LocmemBackend:
    def send(self, text):
        outbox.append(text)
        return f"text-{len(outbox)}"


def get_backend():
    return import_string(settings.TEXT_BACKEND)()


def send_text(*, to, body, reference=""):
    """Send one text; returns the provider's id for it ("" if it has none)."""
    return get_backend().send(Text(to=str(to), body=check(body), reference=reference))
