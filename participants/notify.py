"""Messages to people, sent the way each person chose.

Someone who wants every message gets an email at once; someone who wants a daily summary
gets one email a day listing what happened; someone who wants only essentials gets only
those. Essential messages (invitations, answers to a request to join, cancellations) are
always emailed at once.
"""

from django.conf import settings
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone

from codesign.tasks import send_email
from participants.codes import grouped
from participants.models import Notification, User

SUBJECT_PREFIX = "Codesign: "


def site_url(path=""):
    return f"{settings.SITE_URL}{path}"


def join_url(code):
    """The link that joins with an invitation or open join code, as sent and printed."""
    return site_url(reverse("join_code", kwargs={"code": grouped(code)}))


def email_address(*, to, subject, body):
    """Email someone who may have no account yet, e.g. a new invitation."""
    send_email.enqueue(subject=f"{SUBJECT_PREFIX}{subject}", body=body, to=[to])


def notify(*, user, subject, body, project=None, essential=False):
    """Tell one person something: emailed now, or kept for their daily summary."""
    send_now = user.is_active and (essential or user.email_frequency == User.EmailFrequency.EVERY)
    notification = Notification.objects.create(
        user=user,
        project=project,
        subject=subject,
        body=body,
        is_essential=essential,
        emailed_at=timezone.now() if send_now else None,
    )
    if send_now:
        send_email.enqueue(
            subject=f"{SUBJECT_PREFIX}{subject}",
            body=render_to_string(
                "participants/email/notification.txt",
                {"user": user, "body": body, "essential": essential, "me_url": site_url("/me/")},
            ),
            to=[user.email],
        )
    return notification


def daily_summaries_send():
    """Email each person who asked for a daily summary one email of what is new, then mark it.

    Safe to run twice, or in two places at once: a notification is emailed only while it is
    unmarked, and it is marked in the same transaction that queues the email.
    """
    people = (
        User.objects.filter(
            is_active=True,
            email_frequency__in=[User.EmailFrequency.DAILY, User.EmailFrequency.EVERY],
            notifications__emailed_at__isnull=True,
        )
        .distinct()
        .order_by("pk")
    )
    sent = 0
    for user in people:
        with transaction.atomic():
            notifications = list(
                Notification.objects.select_for_update(skip_locked=True, of=("self",))
                .select_related("project")
                .filter(user=user, emailed_at__isnull=True)
                .order_by("created_at", "pk")
            )
            if not notifications:
                continue
            # Grouped by project in the email, oldest first within each.
            notifications.sort(key=lambda n: (n.project_id or 0, n.created_at, n.pk))
            Notification.objects.filter(pk__in=[n.pk for n in notifications]).update(
                emailed_at=timezone.now()
            )
            count = len(notifications)
            send_email.enqueue(
                subject=(
                    f"{SUBJECT_PREFIX}your daily summary "
                    f"({count} new message{'' if count == 1 else 's'})"
                ),
                body=render_to_string(
                    "participants/email/daily_summary.txt",
                    {
                        "user": user,
                        "notifications": notifications,
                        "me_url": site_url("/me/"),
                    },
                ),
                to=[user.email],
            )
            sent += 1
    return sent
