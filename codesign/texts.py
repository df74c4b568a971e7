"""Sending text messages, with backends chosen by the TEXT_BACKEND setting, like email's.

- ConsoleBackend prints each text (the default: nothing leaves the machine).
- LocmemBackend keeps texts in `outbox`, for tests.
- TwilioBackend sends through Twilio's REST API, configured from the environment.

A text is at most 160 characters (one SMS part); longer ones are refused rather than split,
so nobody is charged for or receives half a message.
"""

import base64
import json
import sys
import urllib.parse
import urllib.request
from dataclasses import dataclass

from django.conf import settings
from django.utils.module_loading import import_string

MAX_LENGTH = 160

outbox = []


class TextTooLong(ValueError):
    """A text longer than one SMS part."""


class TextNotSent(Exception):
    """The provider refused or could not be reached."""


@dataclass(frozen=True)
class Text:
    to: str  # E.164, e.g. +447700900123
    body: str


def check(body):
    if len(body) > MAX_LENGTH:
        raise TextTooLong(f"A text can be at most {MAX_LENGTH} characters, not {len(body)}.")
    return body


class BaseBackend:
    def send(self, text):
        raise NotImplementedError


class ConsoleBackend(BaseBackend):
    def send(self, text):
        sys.stdout.write(f"Text to {text.to}:\n{text.body}\n{'-' * 40}\n")
        sys.stdout.flush()


class LocmemBackend(BaseBackend):
    def send(self, text):
        outbox.append(text)


class TwilioBackend(BaseBackend):
    """Twilio's Messages API: one form POST per text, with the account's SID and token."""

    API = "https://api.twilio.com/2010-04-01/Accounts/{sid}/Messages.json"
    TIMEOUT_SECONDS = 10

    def send(self, text):
        sid = settings.TWILIO_ACCOUNT_SID
        data = urllib.parse.urlencode(
            {"To": text.to, "From": settings.TWILIO_FROM, "Body": text.body}
        ).encode()
        token = base64.b64encode(f"{sid}:{settings.TWILIO_AUTH_TOKEN}".encode()).decode()
        request = urllib.request.Request(
            self.API.format(sid=urllib.parse.quote(sid)),
            data=data,
            method="POST",
            headers={"Authorization": f"Basic {token}"},
        )
        try:
            with self.open(request) as response:
                answer = json.loads(response.read() or b"{}")
        except (OSError, ValueError) as error:
            raise TextNotSent(str(error)) from error
        if answer.get("error_code"):
            raise TextNotSent(f"Twilio error {answer['error_code']}")

    def open(self, request):
        return urllib.request.urlopen(request, timeout=self.TIMEOUT_SECONDS)


def get_backend():
    return import_string(settings.TEXT_BACKEND)()


def send_text(*, to, body):
    get_backend().send(Text(to=str(to), body=check(body)))
