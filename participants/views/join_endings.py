"""How joining ends: in the project (with a welcome), waiting for a lead, refused with a
plain reason, or asked to finish a new account from an emailed link. Shared by the
invitation and open-link flows in participants/views/joining.py."""

from urllib.parse import urlencode

from allauth.account import app_settings as account_settings
from allauth.account.utils import complete_signup
from allauth.core import ratelimit
from django.contrib import messages
from django.db import IntegrityError, transaction
from django.shortcuts import redirect, render
from django.urls import reverse

from participants.services.joining import (
    AlreadyMember,
    InvitationExpired,
    InvitationRevoked,
    InvitationUsed,
    OpenJoinClosed,
    RoleNotOffered,
    SignInNameTaken,
    account_create,
)
from participants.views.signup import check_your_email, take_as_long_as_a_new_account
from projects.roles import MemberStatus, role_phrase


def after_join_url(participant):
    """Where someone goes once they are in a project (the one place to change it): the welcome
    step, which asks for consent and what helps them, then takes them on to the project."""
    return reverse("needs:welcome", kwargs={"slug": participant.project.slug})


def landing_url(participant):
    if participant.status == MemberStatus.ACTIVE:
        return after_join_url(participant)
    return reverse("participants:waiting", kwargs={"slug": participant.project.slug})


def notice(request, kind, *, status=200, **context):
    return render(
        request, "participants/join_notice.html", {"kind": kind, **context}, status=status
    )


def name_taken(form):
    form.add_error(
        "username",
        "Someone took that sign-in name a moment ago. Try another, or leave it empty and we "
        "will make one for you.",
    )


def may_sign_up(request, form):
    """allauth's limit on new accounts from one address applies here too."""
    if ratelimit.consume(request, action="signup"):
        return True
    form.add_error(
        None,
        "Lots of accounts were made from this connection just now. Wait a minute and try again.",
    )
    return False


def check_your_email_to_finish(request, form):
    """A newcomer whose address is not proven finishes their account from the emailed link,
    which brings them back here signed in to join. The answer is the same when the address
    already has an account, so no one learns who uses Codesign."""
    data = form.cleaned_data
    user = None
    if form.account_exists:
        take_as_long_as_a_new_account(data["password1"])
    else:
        try:
            with transaction.atomic():
                user = account_create(
                    email=data["email"],
                    password=data["password1"],
                    display_name=data["display_name"],
                    username=data["username"],
                )
        # Made a moment ago by a second press of the button (or its name just taken).
        except (IntegrityError, SignInNameTaken):
            user = None
    return check_your_email(
        request, user=user, email=data["email"], redirect_url=request.get_full_path()
    )


# What the page says for each refusal, and its status code.
REFUSAL_NOTICES = {
    InvitationUsed: ("used", 410),
    InvitationRevoked: ("revoked", 410),
    InvitationExpired: ("expired", 410),
    OpenJoinClosed: ("closed", 409),
    RoleNotOffered: ("role", 409),
}


def refused_page(request, refused, **context):
    if isinstance(refused, AlreadyMember):
        return notice(request, "already", participant=refused.participant, **context)
    kind, status = REFUSAL_NOTICES[type(refused)]
    return notice(request, kind, status=status, **context)


def welcome_message(request, participant):
    if participant.status == MemberStatus.ACTIVE:
        messages.success(
            request,
            f"Welcome to {participant.project.title}! You are taking part as "
            f"{role_phrase(participant.role)}.",
        )


def joined(request, participant):
    welcome_message(request, participant)
    return redirect(landing_url(participant))


def signed_up(request, user, participant):
    """Sign the new account in the way allauth does after its own sign-up page."""
    welcome_message(request, participant)
    next_url = landing_url(participant)
    if user.email:
        messages.info(
            request,
            f"Your sign-in name is {user.username}. You can sign in with it or your email "
            "address and your password. My page has a card with it to print or photograph.",
        )
    else:
        # Without email the name is the only way back in: a step of its own, to write down.
        next_url = f"{reverse('me:sign_in_name')}?{urlencode({'next': next_url})}"
    return complete_signup(
        request,
        user=user,
        email_verification=account_settings.EMAIL_VERIFICATION,
        success_url=next_url,
    )
