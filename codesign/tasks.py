from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django_tasks import task


@task()
def send_email(*, subject, body, to, from_email=None, html=None, reply_to=None, headers=None):
    """Send one email. Runs on the task queue so a slow mail server never holds up a page."""
    message = EmailMultiAlternatives(
        subject=subject,
        body=body,
        from_email=from_email or settings.DEFAULT_FROM_EMAIL,
        to=list(to),
        reply_to=list(reply_to or []),
        headers=headers or {},
    )
    if html:
        message.attach_alternative(html, "text/html")
    message.send()
