"""GOV.UK Notify, through its official client, for email, texts and letters.

Notify sends from templates made in its own dashboard. Make one email template whose subject
is `((subject))` and whose message is `((body))`, and one text message template whose message
is `((body))`, and give their ids in NOTIFY_EMAIL_TEMPLATE_ID and NOTIFY_TEXT_TEMPLATE_ID.
Letters go as the PDF this site makes (Notify calls them precompiled letters), so they need no
template. Delivery receipts come back to /hooks/notify/ with the bearer token set as
NOTIFY_CALLBACK_TOKEN in Notify's callback settings.
"""

import io

from django.conf import settings
from django.core.mail.backends.base import BaseEmailBackend
from notifications_python_client.errors import APIError
from notifications_python_client.notifications import NotificationsAPIClient

from codesign.gateway import TIMEOUT_SECONDS, Email, NotSent, Refused

# Notify's answers that will never turn into a send, however often it is tried: a bad request
# (a number or address it cannot use) and an API key it does not accept.
NEVER_SENT = {400, 403}


def client():
    return NotificationsAPIClient(
        settings.NOTIFY_API_KEY, base_url=settings.NOTIFY_BASE_URL, timeout=TIMEOUT_SECONDS
    )


def _send(call, **kwargs):
    try:
        answer = call(**kwargs)
    except APIError as error:
        if error.status_code in NEVER_SENT:
            raise Refused(f"Notify said {error.status_code}: {error.message}") from error
        raise NotSent(f"Notify said {error.status_code}: {error.message}") from error
    return str((answer or {}).get("id", ""))


class Notify:
    sends = True

    def send_email(self, email):
        return _send(
            client().send_email_notification,
            email_address=email.to,
            template_id=settings.NOTIFY_EMAIL_TEMPLATE_ID,
            personalisation={"subject": email.subject, "body": email.body},
            reference=email.reference or None,
            one_click_unsubscribe_url=email.unsubscribe_url or None,
        )

    def send(self, text):
        """A text (the TEXT_BACKEND interface)."""
        return _send(
            client().send_sms_notification,
            phone_number=text.to,
            template_id=settings.NOTIFY_TEXT_TEMPLATE_ID,
            personalisation={"body": text.body},
            reference=text.reference or None,
        )

    def send_letter(self, letter):
        return _send(
            client().send_precompiled_letter_notification,
            reference=letter.reference,
            pdf_file=io.BytesIO(letter.pdf),
        )


class NotifyEmailBackend(BaseEmailBackend):
    """Django's email through Notify, for what is sent to an address rather than from someone's
    inbox (sign-in codes, address checks, invitations): with EMAIL_PROVIDER=notify every email
    leaves the same way. Each recipient gets their own email, in plain text."""

    def send_messages(self, email_messages):
        sent = 0
        for message in email_messages:
            try:
                for to in message.recipients():
                    Notify().send_email(Email(to=to, subject=message.subject, body=message.body))
            except NotSent:
                if not self.fail_silently:
                    raise
                continue
            sent += 1
        return sent
