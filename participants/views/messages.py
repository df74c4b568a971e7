"""A person's inbox: every message the site sent them, newest first, with what to do and a
link to do it. Opening a message marks it read and takes the person where it points."""

import hmac
import json

from django.conf import settings
from django.contrib import messages as flash
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse, HttpResponseBadRequest, HttpResponseForbidden
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from codesign.paging import paged
from participants.models import Notification, User
from participants.notify.deliveries import delivery_receipt
from participants.notify.letters import letter_pdf
from participants.notify.unsubscribe import email_from, user_id_from
from participants.reach import phone_for
from participants.selectors.messages import inbox_of, letters_to_post, not_sent
from participants.services.messages import (
    email_stop as email_stop_service,
)
from participants.services.messages import (
    invitations_refuse,
    letters_mark_posted,
    message_open,
    messages_read_all,
)
from projects.access import get_project
from projects.views.kept_pages import kept_for_the_person, kept_for_the_viewer


@login_required
@never_cache
@require_GET
@kept_for_the_person("my-messages")
def inbox(request):
    page = paged(request, inbox_of(request.user))
    return render(request, "participants/notification_list.html", {"page": page})


@login_required
@require_POST
def open_message(request, pk):
    """Mark the message read and go where it points; someone else's message is not found."""
    notification = get_object_or_404(Notification, pk=pk, user=request.user)
    message_open(notification=notification)
    link = notification.link
    if link and url_has_allowed_host_and_scheme(link, allowed_hosts=None):
        return redirect(link)
    flash.success(request, "Marked as read.")
    return redirect("me:messages")


@login_required
@require_POST
def read_all(request):
    messages_read_all(user=request.user)
    flash.success(request, "All your messages are marked as read.")
    return redirect("me:messages")


@csrf_exempt
@require_POST
def notify_receipt(request):
    """GOV.UK Notify's delivery receipt for a message it took, sent with the bearer token set
    in its callback settings (NOTIFY_CALLBACK_TOKEN). Anything else is refused unchanged."""
    token = settings.NOTIFY_CALLBACK_TOKEN
    given = request.headers.get("Authorization", "").encode()
    if not token or not hmac.compare_digest(given, f"Bearer {token}".encode()):
        return HttpResponseForbidden("This receipt is not signed with our token.")
    try:
        receipt = json.loads(request.body)
        provider_id, status = str(receipt["id"]), str(receipt["status"])
    except (ValueError, KeyError, TypeError):
        return HttpResponseBadRequest("A receipt needs an id and a status.")
    delivery_receipt(provider_id=provider_id, status=status)
    return HttpResponse(status=204)


LETTERS_A_BATCH = 50


@login_required
@never_cache
@require_GET
@kept_for_the_viewer("letters")
def letters(request, slug):
    """Letters to print and post for people who chose post, and messages that could not be
    sent, with a number to phone instead."""
    project = get_project(request, slug, "participants.post_letters")
    to_post = letters_to_post(project)
    failed = paged(request, not_sent(project))
    for delivery in failed:
        delivery.phone = phone_for(delivery.notification.user)
    context = {
        "project": project,
        "letters": to_post[:LETTERS_A_BATCH],
        "letters_count": to_post.count(),
        "page": failed,
    }
    return render(request, "participants/letters.html", context)


@login_required
@never_cache
@require_GET
def letters_pdf(request, slug):
    """The next letters to post (up to 50), one A4 page each, in one PDF to print."""
    project = get_project(request, slug, "participants.post_letters")
    batch = list(letters_to_post(project)[:LETTERS_A_BATCH])
    if not batch:
        flash.info(request, "There are no letters to post.")
        return redirect("participants:letters", slug=project.slug)
    response = HttpResponse(letter_pdf(batch), content_type="application/pdf")
    response["Content-Disposition"] = 'attachment; filename="letters-to-post.pdf"'
    return response


@login_required
@require_POST
def letters_posted(request, slug):
    project = get_project(request, slug, "participants.post_letters")
    ids = [value for value in request.POST.getlist("letter") if value.isdigit()]
    marked = letters_mark_posted(project=project, delivery_ids=[int(i) for i in ids])
    if marked:
        flash.success(request, f"Marked {marked} letter{'' if marked == 1 else 's'} as posted.")
    else:
        flash.error(request, "Tick the letters you have posted, then press the button.")
    return redirect("participants:letters", slug=project.slug)


@csrf_exempt  # a mail program's one-click POST carries no form token; the link's token is enough
@require_http_methods(["GET", "POST"])
def email_stop(request, token):
    """From an email's footer or its List-Unsubscribe header: only essential emails from now
    on. GET asks first (a link scanner must not change anything); POST does it."""
    user = User.objects.filter(pk=user_id_from(token), is_active=True).first()
    if user is None:
        raise Http404("This link does not work. Choose how much email you get on My page.")
    changed = False
    if request.method == "POST":
        changed = email_stop_service(user=user)
    context = {"done": request.method == "POST", "changed": changed, "person": user}
    return render(request, "participants/email_stop.html", context)


@csrf_exempt  # as above: the signed address in the link is what lets this in
@require_http_methods(["GET", "POST"])
def no_invitations(request, token):
    """From an invitation to someone with no account: never invite this address again."""
    email = email_from(token)
    if email is None:
        raise Http404("This link does not work.")
    done = request.method == "POST"
    if done:
        invitations_refuse(email=email)
    return render(request, "participants/no_invitations.html", {"done": done})
