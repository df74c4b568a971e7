"""The gateways messages leave through, one interface for every provider.

Each channel has its own setting, so a council can send everything through GOV.UK Notify
while a charity sends email through its own mail server and texts through a commercial
provider:

- EMAIL_GATEWAY: Django's own email (SMTP, or the console in development) or Notify.
- TEXT_BACKEND: the console, a list in memory (tests), Twilio's SDK or Notify.
- LETTER_GATEWAY: "post" (the letter waits, printed, in the lead's letters to post) or Notify.

A gateway's send returns the provider's id for the message (which its delivery receipts
quote), or "" when there is none. It raises `NotSent` when the send may work if tried again
later (the provider is down or busy) and `Refused` when it never will (a number that cannot
take texts, an address the provider rejects).
"""

from dataclasses import dataclass

from django.conf import settings
from django.utils.module_loading import import_string

# Short, so that a hung provider holds a worker for seconds, not the minutes a default would.
TIMEOUT_SECONDS = 10


class NotSent(Exception):
    """The provider could not take the message now: try again later."""


class Refused(NotSent):
    """The provider will never take this message: do not try again."""


@dataclass(frozen=True)
class Email:
    to: str
    subject: str
    body: str
    reference: str = ""
    # Where one click turns these emails off (sent as List-Unsubscribe headers).
    unsubscribe_url: str = ""


@dataclass(frozen=True)
class Letter:
    pdf: bytes
    reference: str


def unsubscribe_headers(url):
    """RFC 8058's headers: a link that turns the emails off, and that one click (a POST) does."""
    if not url:
        return {}
    return {"List-Unsubscribe": f"<{url}>", "List-Unsubscribe-Post": "List-Unsubscribe=One-Click"}


def email_gateway():
    return import_string(settings.EMAIL_GATEWAY)()


def letter_gateway():
    return import_string(settings.LETTER_GATEWAY)()
