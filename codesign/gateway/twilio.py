"""Texts through Twilio, with its official SDK, for organisations that cannot use GOV.UK
Notify (charities, for example)."""

from django.conf import settings
from requests import RequestException
from twilio.base.exceptions import TwilioException, TwilioRestException
from twilio.http.http_client import TwilioHttpClient
from twilio.rest import Client

from codesign.gateway import TIMEOUT_SECONDS, NotSent, Refused


def client():
    twilio = Client(
        settings.TWILIO_ACCOUNT_SID,
        settings.TWILIO_AUTH_TOKEN,
        http_client=TwilioHttpClient(timeout=TIMEOUT_SECONDS),
    )
    if settings.TWILIO_BASE_URL:  # another address for Twilio's API, such as a test double
        twilio.api.base_url = settings.TWILIO_BASE_URL
    return twilio


class Twilio:
    def send(self, text):
        try:
            message = client().messages.create(
                to=text.to, from_=settings.TWILIO_FROM, body=text.body
            )
        except TwilioRestException as error:
            # 4xx: Twilio will not send this one (a number that cannot take texts, say);
            # 429 and 5xx: it is busy or down, so try again later.
            if 400 <= error.status < 500 and error.status != 429:
                raise Refused(f"Twilio said {error.status}: {error.msg}") from error
            raise NotSent(f"Twilio said {error.status}: {error.msg}") from error
        except (TwilioException, RequestException) as error:
            raise NotSent(str(error)) from error
        return message.sid or ""
