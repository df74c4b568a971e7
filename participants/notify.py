"""Messages to people, sent the way each person chose.

Someone who wants every message gets an email at once; someone who wants a daily summary
gets one email a day listing what happened; someone who wants only essentials gets only
those. Essential messages (invitations, answers to a request to join, cancellations) are
always emailed at once, and also texted to people who asked for texts.

People without an email address get no email; what is sent to them stays on the site (and
in texts, if they asked). Someone who said no to being contacted about a project gets no
email or text about it: the message waits for them on the site.

Texts carry the project's name, a short plain phrase and a link, never what the message
is about in detail: a phone's lock screen is not private.
"""

from django.conf import settings
from django.db import transaction
from django.db.models import F
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from phonenumber_field.phonenumber import to_python

from codesign import texts
from codesign.tasks import send_email, send_text_message
from participants.identity.codes import grouped
from participants.models import Notification, Participant, User
from participants.selectors.consent import refused_contact

SUBJECT_PREFIX = "Codesign: "


def site_url(path=""):
    return f"{settings.SITE_URL}{path}"


def join_url(code):
    """The link that joins with an invitation or open join code, as sent and printed."""
    return site_url(reverse("join_code", kwargs={"code": grouped(code)}))


def email_address(*, to, subject, body):
    """Email someone who may have no account yet, e.g. a new invitation."""
    send_email.enqueue(subject=f"{SUBJECT_PREFIX}{subject}", body=body, to=[to])


def _said_do_not_contact(user, project):
    if project is None:
        return False
    participant = (
        Participant.objects.filter(project=project, user=user).prefetch_related("consents").first()
    )
    return participant is not None and refused_contact(participant)


DEFAULT_TEXT = "News that matters to you"


def text_body(*, project, phrase=DEFAULT_TEXT, link):
    """A text of at most 160 characters: the site, the project's name, a phrase and a link.

    The project's name is shortened to fit; the phrase and link are never cut."""
    start, middle, end = "Codesign", f": {phrase}. ", link
    room = texts.MAX_LENGTH - len(start) - len(middle) - len(end)
    if project is not None and room > 8:
        title = project.title if len(project.title) + 3 <= room else project.title[: room - 4] + "…"
        start = f"{start} – {title}" if len(title) + 3 <= room else start
    return texts.check(f"{start}{middle}{end}")


def _inbox():
    return reverse("me:messages")


def notify(
    *, user, subject, body, project=None, essential=False, text=DEFAULT_TEXT, link="", action=""
):
    """Tell one person something. It lands in their inbox on the site first (unread, with
    `link`, a path on this site, where to do what it asks, and `action`, that in a few words);
    then it is emailed now or kept for their daily summary.

    Essential messages are also texted to people who asked for texts; `text` is the short
    phrase the text carries (plain words, nothing personal), e.g. "A session was cancelled".
    """
    quiet = _said_do_not_contact(user, project)
    send_now = (
        user.is_active
        and bool(user.email)
        and not quiet
        and (essential or user.email_frequency == User.EmailFrequency.EVERY)
    )
    if essential and user.is_active and user.may_get_texts and not quiet:
        send_text_message.enqueue(
            to=to_python(user.mobile).as_e164,
            # Where to do what it asks, or the inbox, which says what happened in full.
            body=text_body(project=project, phrase=text, link=site_url(link or _inbox())),
        )
    notification = Notification.objects.create(
        user=user,
        project=project,
        subject=subject,
        body=body,
        is_essential=essential,
        emailed_at=timezone.now() if send_now else None,
        link=link,
        action=action,
    )
    User.objects.filter(pk=user.pk).update(unread_messages=F("unread_messages") + 1)
    if send_now:
        send_email.enqueue(
            subject=f"{SUBJECT_PREFIX}{subject}",
            body=render_to_string(
                "participants/email/notification.txt",
                {
                    "user": user,
                    "body": body,
                    "essential": essential,
                    "me_url": site_url("/me/"),
                    "action": action,
                    "link_url": site_url(link) if link else "",
                },
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
            email__isnull=False,
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
            # Messages about a project the person said not to contact them about wait on
            # the site; they are summarised if the person says yes again.
            quiet = {
                project_id
                for project_id in {n.project_id for n in notifications if n.project_id}
                if _said_do_not_contact(user, notifications_project(notifications, project_id))
            }
            notifications = [n for n in notifications if n.project_id not in quiet]
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


def notifications_project(notifications, project_id):
    return next(n.project for n in notifications if n.project_id == project_id)
