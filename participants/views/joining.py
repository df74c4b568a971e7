"""Joining a project with an invitation code or a project's open join link.

Anyone may open these pages. A newcomer makes their account on the way in: at once when the
invitation was emailed to the address they give, otherwise by opening the link we email them,
which brings them back here signed in (see participants.views.signup).
"""

from allauth.account import app_settings as account_settings
from allauth.account.utils import complete_signup
from allauth.core import ratelimit
from django.contrib import messages
from django.db import IntegrityError, transaction
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_http_methods

from codesign.forms import submitted
from participants import codes, wrong_codes
from participants.forms.joining import JoinCodeForm, JoinSignupForm, RoleChoiceForm
from participants.models import InvitationState
from participants.selectors.invitations import find_invitation
from participants.selectors.joining import find_open_join_project, open_join_roles
from participants.services.joining import (
    AlreadyMember,
    InvitationExpired,
    InvitationRevoked,
    InvitationUsed,
    JoinRefused,
    OpenJoinClosed,
    RoleNotOffered,
    SignInNameTaken,
    account_create,
    invitation_accept,
    join_with_new_account,
    open_join_request,
)
from participants.views.signup import check_your_email, take_as_long_as_a_new_account
from projects.predicates import membership
from projects.roles import ROLE_MEANINGS, MemberStatus, role_phrase

UNKNOWN_CODE = (
    "We could not find an invitation with that code. Check each letter and number against "
    "your card or message. If it still does not work, ask the person who gave it to you."
)


def after_join_url(participant):
    """Where someone goes once they are in a project (the one place to change it): the welcome
    step, which asks for consent and what helps them, then takes them on to the project."""
    return reverse("needs:welcome", kwargs={"slug": participant.project.slug})


def _landing_url(participant):
    if participant.status == MemberStatus.ACTIVE:
        return after_join_url(participant)
    return reverse("participants:waiting", kwargs={"slug": participant.project.slug})


# Pages ------------------------------------------------------------------------------------------


def _notice(request, kind, *, status=200, **context):
    return render(
        request, "participants/join_notice.html", {"kind": kind, **context}, status=status
    )


@require_http_methods(["GET", "POST"])
def join(request):
    if wrong_codes.too_many(request):
        return _notice(request, "slow_down", status=429)
    form = JoinCodeForm(submitted(request))
    if request.method == "POST" and form.is_valid():
        code = form.cleaned_data["code"]
        if find_invitation(code) or find_open_join_project(code):
            return redirect("join_code", code=codes.grouped(code))
        wrong_codes.count_one(request)
        form.add_error("code", UNKNOWN_CODE)
    return render(request, "participants/join.html", {"form": form})


@require_http_methods(["GET", "POST"])
def join_code(request, code):
    if wrong_codes.too_many(request):
        return _notice(request, "slow_down", status=429)
    code = codes.normalise(code)
    invitation = find_invitation(code)
    if invitation is not None:
        return _join_by_invitation(request, invitation)
    project = find_open_join_project(code)
    if project is not None:
        return _join_with_link(request, project, code)
    wrong_codes.count_one(request)
    return _notice(
        request,
        "unknown",
        status=404,
        form=JoinCodeForm(initial={"code": codes.grouped(code)[:40]}),
    )


# What an unusable invitation's page says, by where it stands.
INVITATION_NOTICES = {
    InvitationState.JOINED: "used",
    InvitationState.CANCELLED: "revoked",
    InvitationState.EXPIRED: "expired",
}


def _join_by_invitation(request, invitation):
    project = invitation.project
    if request.user.is_authenticated:
        mine = membership(request.user, project)
        if mine is not None:
            return _notice(request, "already", project=project, participant=mine)
    if invitation.state != InvitationState.WAITING:
        kind = INVITATION_NOTICES[invitation.state]
        return _notice(request, kind, status=410, project=project, invitation=invitation)
    if request.user.is_authenticated:
        return _invitation_signed_in(request, invitation)
    return _invitation_anonymous(request, invitation)


def _invitation_signed_in(request, invitation):
    if request.method == "POST":
        try:
            participant = invitation_accept(invitation=invitation, user=request.user)
        except JoinRefused as refused:
            return _refused(request, refused, project=invitation.project, invitation=invitation)
        return _joined(request, participant)
    return _invitation_page(request, invitation, signup_form=None)


def _invitation_anonymous(request, invitation):
    offline = invitation.participant
    signup_form = JoinSignupForm(
        submitted(request),
        initial={
            "email": invitation.email,
            "display_name": invitation.name or (offline.display_name if offline else ""),
        },
    )
    if request.method == "POST" and signup_form.is_valid() and _may_sign_up(request, signup_form):
        data = signup_form.cleaned_data
        # The invitation was emailed to this address, so whoever holds it owns the address.
        proven = bool(
            invitation.email and invitation.send_count and invitation.email.lower() == data["email"]
        )
        if data["email"] and (not proven or signup_form.account_exists):
            return _check_your_email(request, signup_form)
        try:
            user, participant = join_with_new_account(
                email=data["email"],
                password=data["password1"],
                display_name=data["display_name"],
                username=data["username"],
                invitation=invitation,
            )
        except JoinRefused as refused:
            return _refused(request, refused, project=invitation.project, invitation=invitation)
        except SignInNameTaken:
            _name_taken(signup_form)
        else:
            return _signed_up(request, user, participant)
    return _invitation_page(request, invitation, signup_form=signup_form)


def _invitation_page(request, invitation, *, signup_form):
    return render(
        request,
        "participants/join_invitation.html",
        {
            "project": invitation.project,
            "invitation": invitation,
            "inviter": invitation.invited_by,
            "role_phrase": role_phrase(invitation.role),
            "role_meaning": ROLE_MEANINGS.get(invitation.role, ""),
            "signup_form": signup_form,
        },
    )


def _join_with_link(request, project, code):
    mine = None
    if request.user.is_authenticated:
        mine = project.participants.filter(user=request.user).first()
        if mine is not None and mine.status == MemberStatus.ACTIVE:
            return _notice(request, "already", project=project, participant=mine)
        if mine is not None and mine.status == MemberStatus.PENDING:
            return redirect("participants:waiting", slug=project.slug)
    roles = open_join_roles(project)
    role_form = RoleChoiceForm(submitted(request), roles=roles)
    if request.user.is_authenticated:
        signup_form = None
        response = _link_signed_in(request, project, code, role_form)
    else:
        signup_form = JoinSignupForm(submitted(request))
        response = _link_anonymous(request, project, code, role_form, signup_form)
    if response is not None:
        return response
    return render(
        request,
        "participants/join_open.html",
        {
            "project": project,
            "roles": [(role, ROLE_MEANINGS.get(role, "")) for role in roles],
            "role_form": role_form,
            "signup_form": signup_form,
            "said_not_for_now": mine is not None and mine.status == MemberStatus.DECLINED,
            "needs_a_yes": project.open_join_needs_approval
            or (mine is not None and mine.status in (MemberStatus.LEFT, MemberStatus.DECLINED)),
        },
    )


def _link_signed_in(request, project, code, role_form):
    """Join with the link as the person signed in, or None to show the page again."""
    if request.method != "POST" or not role_form.is_valid():
        return None
    try:
        participant = open_join_request(
            code=code, user=request.user, role=role_form.cleaned_data["role"]
        )
    except JoinRefused as refused:
        return _refused(request, refused, project=project)
    return _joined(request, participant)


def _link_anonymous(request, project, code, role_form, signup_form):
    """Make an account and join with the link, or None to show the page again."""
    if request.method != "POST":
        return None
    role_ok = role_form.is_valid()
    if not (signup_form.is_valid() and role_ok and _may_sign_up(request, signup_form)):
        return None
    data = signup_form.cleaned_data
    if data["email"]:
        return _check_your_email(request, signup_form)
    # No email address to check: the account is made and joins at once, with a sign-in name.
    try:
        user, participant = join_with_new_account(
            email="",
            password=data["password1"],
            display_name=data["display_name"],
            username=data["username"],
            code=code,
            role=role_form.cleaned_data["role"],
        )
    except JoinRefused as refused:
        return _refused(request, refused, project=project)
    except SignInNameTaken:
        _name_taken(signup_form)
        return None
    return _signed_up(request, user, participant)


def _name_taken(form):
    form.add_error(
        "username",
        "Someone took that sign-in name a moment ago. Try another, or leave it empty and we "
        "will make one for you.",
    )


def _may_sign_up(request, form):
    """allauth's limit on new accounts from one address applies here too."""
    if ratelimit.consume(request, action="signup"):
        return True
    form.add_error(
        None,
        "Lots of accounts were made from this connection just now. Wait a minute and try again.",
    )
    return False


def _check_your_email(request, form):
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


def _refused(request, refused, **context):
    if isinstance(refused, AlreadyMember):
        return _notice(request, "already", participant=refused.participant, **context)
    kind, status = REFUSAL_NOTICES[type(refused)]
    return _notice(request, kind, status=status, **context)


def _welcome_message(request, participant):
    if participant.status == MemberStatus.ACTIVE:
        messages.success(
            request,
            f"Welcome to {participant.project.title}! You are taking part as "
            f"{role_phrase(participant.role)}.",
        )


def _joined(request, participant):
    _welcome_message(request, participant)
    return redirect(_landing_url(participant))


def _signed_up(request, user, participant):
    """Sign the new account in the way allauth does after its own sign-up page."""
    _welcome_message(request, participant)
    messages.info(
        request,
        f"Your sign-in name is {user.username}. Keep it safe: you sign in with it"
        f"{' or your email address' if user.email else ''} and your password. "
        "My page has a card with it to print or photograph.",
    )
    return complete_signup(
        request,
        user=user,
        email_verification=account_settings.EMAIL_VERIFICATION,
        success_url=_landing_url(participant),
    )
