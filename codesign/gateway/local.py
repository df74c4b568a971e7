"""Gateways that keep messages on this machine: Django's own email, and letters for a lead to
print and post (or, in tests, a list of them)."""

from django.conf import settings
from django.core.mail import EmailMessage

from codesign.gateway import NotSent, unsubscribe_headers

letters = []  # letters "sent" by LettersInMemory, for tests


class DjangoEmail:
    """Email through Django's EMAIL_BACKEND: SMTP, the console, or mail.outbox in tests."""

    def send_email(self, email):
        message = EmailMessage(
            subject=email.subject,
            body=email.body,
            from_email=settings.DEFAULT_FROM_EMAIL,
            to=[email.to],
            headers=unsubscribe_headers(email.unsubscribe_url),
        )
        try:
            message.send()
        except OSError as error:  # SMTP errors are OSErrors: the server is down or refused
            raise NotSent(str(error)) from error
        return ""


class PostByHand:
    """No provider prints letters: each waits in the project's letters to post."""

    sends = False

    def send_letter(self, letter):  # pragma: no cover - the delivery never calls it
        raise NotImplementedError("Letters to post by hand are not sent by a gateway.")


class LettersInMemory:
    """Keeps each letter in `letters`, as a provider would take it."""

    sends = True

    def send_letter(self, letter):
        letters.append(letter)
        return f"letter-{len(letters)}"
