"""Messages to people, sent the way each person chose.

Someone who wants every message gets an email at once; someone who wants a daily summary
gets one email a day listing what happened; someone who wants only essentials gets only
those. Essential messages (invitations, answers to a request to join, cancellations) are
always emailed at once, and also texted to people who asked for texts.

People without an email address get no email; what is sent to them stays on the site (and
in texts, if they asked). Someone who said no to being contacted about a project gets no
email or text about it: the message waits for them on the site.

Texts carry a short plain phrase and a link, never the project's name or anything about
support, health, money or care: a phone's lock screen is not private. People whose texts may
say what happened get the day and time too.
"""

from django.conf import settings
from django.db import transaction
from django.db.models import F
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone

from codesign import texts
from codesign.gateway import letter_gateway, unsubscribe_headers
from codesign.runtime.signed_in import forget_signed_in_user
from codesign.tasks import send_email
from participants.identity.codes import grouped
from participants.models import Delivery, Notification, Participant, User
from participants.notify.deliveries import (
    deliveries_due_send,
    delivery_queue,
    delivery_send,
    text_number,
)
from participants.notify.unsubscribe import email_stop_url
from participants.selectors.consent import refused_contact
from projects.freshness import project_changed_by_id

SUBJECT_PREFIX = "Codesign: "


def site_url(path=""):
    return f"{settings.SITE_URL}{path}"


def join_url(code):
    """The link that joins with an invitation or open join code, as sent and printed."""
    return site_url(reverse("join_code", kwargs={"code": grouped(code)}))


def email_address(*, to, subject, body, unsubscribe_url=""):
    """Email someone who may have no account yet, e.g. a new invitation, with a one-click way
    to say no to more (List-Unsubscribe headers) where there is one."""
    send_email.enqueue(
        subject=f"{SUBJECT_PREFIX}{subject}",
        body=body,
        to=[to],
        headers=unsubscribe_headers(unsubscribe_url),
    )


def _said_do_not_contact(user, project):
    if project is None:
        return False
    participant = (
        Participant.objects.filter(project=project, user=user).prefetch_related("consents").first()
    )
    return participant is not None and refused_contact(participant)


DEFAULT_TEXT = "News that matters to you"


def text_body(*, phrase=DEFAULT_TEXT, link):
    """A text that fits one SMS part: the site's name, a phrase and a link.

    A phone's lock screen is not private, so a text never names the project (its name often
    says what kind of support someone gets): the message it points to does. Plain signs only,
    so it keeps the 160 characters of the GSM alphabet unless the phrase itself needs more."""
    return texts.check(f"Codesign: {phrase}. {link}")


def _inbox():
    return reverse("me:messages")


def notify(
    *,
    user,
    subject,
    body,
    project=None,
    essential=False,
    text=DEFAULT_TEXT,
    text_detail="",
    texted=None,
    today=False,
    link="",
    action="",
    letter=None,
):
    """Tell one person something. It lands in their inbox on the site first (unread, with
    `link`, a path on this site, where to do what it asks, and `action`, that in a few words);
    then it is emailed now or kept for their daily summary.

    Essential messages (and others with `texted=True`, such as reminders) are also texted to
    people who asked for texts. The text carries `text_detail` ("A place came free for you on
    Thu 12 Mar, 18:30") to people whose texts may say what happened, otherwise `text`, a short
    phrase with nothing personal ("A place came free for you"); never support needs, health,
    money amounts or anything about care. Texts wait until 08:00 rather than arrive at night,
    unless `today` (a change to something happening today).

    Essential messages (and others with `letter=True`, such as a payment made) are also
    posted, as a printed letter, to people who asked for letters. Each channel's send is a
    `Delivery`, sent on the task queue at most once, with retries (see deliveries.py).
    """
    quiet = _said_do_not_contact(user, project)
    send_now = (
        user.is_active
        and bool(user.email)
        and not quiet
        and user.email_frequency != User.EmailFrequency.NONE
        and (essential or user.email_frequency == User.EmailFrequency.EVERY)
    )
    texted = essential if texted is None else texted
    letter = essential if letter is None else letter
    text_now = None
    if texted and user.is_active and user.may_get_texts and not quiet:
        phrase = text_detail if text_detail and user.texts_with_details else text
        # Where to do what it asks, or the inbox, which says what happened in full.
        text_now = text_body(phrase=phrase, link=site_url(link or _inbox()))
    now = timezone.now()
    due = None if text_now is None or today else after_the_night(now)
    notification = Notification.objects.create(
        user=user,
        project=project,
        subject=subject,
        body=body,
        is_essential=essential,
        emailed_at=now if send_now else None,
        link=link,
        action=action,
        text_body=text_now or "",
        text_due_at=due,
        texted_at=now if text_now is not None and due is None else None,
    )
    User.objects.filter(pk=user.pk).update(unread_messages=F("unread_messages") + 1)
    forget_signed_in_user(user.pk)
    channels = []
    if send_now:
        channels.append((Delivery.Channel.EMAIL, user.email, None, Delivery.Status.WAITING))
    if text_now is not None:
        channels.append((Delivery.Channel.TEXT, text_number(user), due, Delivery.Status.WAITING))
    if letter and user.is_active and user.may_get_letters and not quiet:
        # Printed by the lead where no provider posts letters.
        by_hand = not letter_gateway().sends
        status = Delivery.Status.TO_POST if by_hand else Delivery.Status.WAITING
        channels.append((Delivery.Channel.LETTER, "", None, status))
    # Which channels it went on, for whoever counts who was reached (participants.reach).
    notification.channels = frozenset(channel for channel, *_rest in channels)
    for channel, to, next_try_at, status in channels:
        delivery = Delivery.objects.create(
            notification=notification,
            channel=channel,
            to=to,
            next_try_at=next_try_at,
            status=status,
        )
        if status == Delivery.Status.WAITING:
            delivery_queue(delivery)  # now, or held till morning
        elif project is not None:
            project_changed_by_id(project.pk)  # the lead's overview counts letters to post
    return notification


def email_subject(notification):
    return f"{SUBJECT_PREFIX}{notification.subject}"


def email_body(notification):
    return render_to_string(
        "participants/email/notification.txt",
        {
            "user": notification.user,
            "body": notification.body,
            "essential": notification.is_essential,
            "me_url": site_url("/me/"),
            "action": notification.action,
            "link_url": site_url(notification.link) if notification.link else "",
            "stop_url": email_stop_url(notification.user),
        },
    )


def after_the_night(now):
    """None in the day; at night (TEXT_QUIET_HOURS, local time: from 21:00 to 08:00 unless
    set otherwise), the morning when its texts may go."""
    if not settings.TEXT_QUIET_HOURS:
        return None
    night_starts, morning_at = settings.TEXT_QUIET_HOURS
    local = timezone.localtime(now)
    if morning_at <= local.hour < night_starts:
        return None
    morning = local.replace(hour=morning_at, minute=0, second=0, microsecond=0)
    return morning if local.hour < morning_at else morning + timezone.timedelta(days=1)


def held_texts_send(now=None):
    """Send the texts held through the night whose morning has come, then the retries that are
    due; returns how many held texts went. Each delivery is taken only while it waits, so none
    is sent twice; someone who has turned texts off since gets none."""
    now = now or timezone.now()
    held = Delivery.objects.filter(
        channel=Delivery.Channel.TEXT,
        status=Delivery.Status.WAITING,
        attempts=0,
        next_try_at__lte=now,
    ).values_list("pk", "notification_id")
    sent = []
    for delivery_id, notification_id in held:
        if delivery_send(delivery_id, now=now) == Delivery.Status.SENT:
            sent.append(notification_id)
    Notification.objects.filter(pk__in=sent).update(texted_at=now)
    deliveries_due_send(now)
    return len(sent)


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
                headers=unsubscribe_headers(email_stop_url(user)),
            )
            sent += 1
    return sent


def notifications_project(notifications, project_id):
    return next(n.project for n in notifications if n.project_id == project_id)
