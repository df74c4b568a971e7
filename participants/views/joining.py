"""Joining a project with an invitation code or a project's open join link.

Anyone may open these pages: a newcomer makes their account and joins in one step.
"""

from allauth.account import app_settings as account_settings
from allauth.account.adapter import get_adapter
from allauth.account.utils import complete_signup
from allauth.core import ratelimit
from django.contrib import messages
from django.core.cache import cache
from django.db import transaction
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_http_methods

from codesign.forms import submitted
from participants import codes
from participants.forms.joining import JoinCodeForm, JoinSignupForm, RoleChoiceForm
from participants.selectors.invitations import find_invitation
from participants.selectors.joining import find_open_join_project, open_join_roles
from participants.services.joining import (
    JoinRefused,
    account_create,
    invitation_accept,
    open_join_request,
)
from projects.predicates import membership
from projects.roles import ROLE_MEANINGS, MemberStatus, role_phrase

# Wrong codes allowed from one address before it has to wait: plenty for typing mistakes,
# far too few to find a working code by guessing.
WRONG_CODE_LIMIT = 20
WRONG_CODE_WINDOW = 15 * 60

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


# Wrong-code limit -------------------------------------------------------------------------------


def _wrong_code_key(request):
    return f"join:wrong-codes:{get_adapter(request).get_client_ip(request)}"


def _too_many_wrong_codes(request):
    return cache.get(_wrong_code_key(request), 0) >= WRONG_CODE_LIMIT


def _count_wrong_code(request):
    key = _wrong_code_key(request)
    cache.add(key, 0, WRONG_CODE_WINDOW)
    try:
        cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, WRONG_CODE_WINDOW)


# Pages ------------------------------------------------------------------------------------------


def _notice(request, kind, *, status=200, **context):
    return render(
        request, "participants/join_notice.html", {"kind": kind, **context}, status=status
    )


@require_http_methods(["GET", "POST"])
def join(request):
    if _too_many_wrong_codes(request):
        return _notice(request, "slow_down", status=429)
    form = JoinCodeForm(submitted(request))
    if request.method == "POST" and form.is_valid():
        code = form.cleaned_data["code"]
        if find_invitation(code) or find_open_join_project(code):
            return redirect("join_code", code=codes.grouped(code))
        _count_wrong_code(request)
        form.add_error("code", UNKNOWN_CODE)
    return render(request, "participants/join.html", {"form": form})


@require_http_methods(["GET", "POST"])
def join_code(request, code):
    if _too_many_wrong_codes(request):
        return _notice(request, "slow_down", status=429)
    code = codes.normalise(code)
    invitation = find_invitation(code)
    if invitation is not None:
        return _join_by_invitation(request, invitation)
    project = find_open_join_project(code)
    if project is not None:
        return _join_with_link(request, project, code)
    _count_wrong_code(request)
    return _notice(
        request,
        "unknown",
        status=404,
        form=JoinCodeForm(initial={"code": codes.grouped(code)[:40]}),
    )


def _join_by_invitation(request, invitation):
    project = invitation.project
    user = request.user
    if user.is_authenticated:
        mine = membership(user, project)
        if mine is not None:
            return _notice(request, "already", project=project, participant=mine)
    state = invitation.state
    if state != "waiting":
        kind = {"joined": "used", "cancelled": "revoked", "expired": "expired"}[state]
        return _notice(request, kind, status=410, project=project, invitation=invitation)

    signup_form = None
    if user.is_authenticated:
        if request.method == "POST":
            try:
                participant = invitation_accept(invitation=invitation, user=user)
            except JoinRefused as refused:
                return _refused(request, refused, project=project, invitation=invitation)
            return _joined(request, participant)
    else:
        signup_form = JoinSignupForm(
            submitted(request),
            initial={
                "email": invitation.email,
                "display_name": invitation.name
                or (invitation.participant.display_name if invitation.participant else ""),
            },
        )
        if (
            request.method == "POST"
            and signup_form.is_valid()
            and _may_sign_up(request, signup_form)
        ):
            data = signup_form.cleaned_data
            try:
                with transaction.atomic():
                    user = account_create(
                        email=data["email"],
                        password=data["password1"],
                        display_name=data["display_name"],
                        # The invitation was emailed to this address, so it is theirs.
                        email_verified=bool(
                            invitation.email
                            and invitation.send_count
                            and invitation.email.lower() == data["email"]
                        ),
                    )
                    participant = invitation_accept(invitation=invitation, user=user)
            except JoinRefused as refused:
                return _refused(request, refused, project=project, invitation=invitation)
            return _signed_up(request, user, participant)
    return render(
        request,
        "participants/join_invitation.html",
        {
            "project": project,
            "invitation": invitation,
            "inviter": invitation.invited_by,
            "role_phrase": role_phrase(invitation.role),
            "role_meaning": ROLE_MEANINGS.get(invitation.role, ""),
            "signup_form": signup_form,
        },
    )


def _join_with_link(request, project, code):
    user = request.user
    mine = None
    if user.is_authenticated:
        mine = project.participants.filter(user=user).first()
        if mine is not None and mine.status == MemberStatus.ACTIVE:
            return _notice(request, "already", project=project, participant=mine)
        if mine is not None and mine.status == MemberStatus.PENDING:
            return redirect("participants:waiting", slug=project.slug)
    roles = open_join_roles(project)
    role_form = RoleChoiceForm(submitted(request), roles=roles)
    signup_form = None if user.is_authenticated else JoinSignupForm(submitted(request))
    if request.method == "POST":
        role_ok = role_form.is_valid()
        signup_ok = signup_form is None or signup_form.is_valid()
        if role_ok and signup_ok and (signup_form is None or _may_sign_up(request, signup_form)):
            role = role_form.cleaned_data["role"]
            try:
                with transaction.atomic():
                    if signup_form is not None:
                        data = signup_form.cleaned_data
                        user = account_create(
                            email=data["email"],
                            password=data["password1"],
                            display_name=data["display_name"],
                        )
                    participant = open_join_request(code=code, user=user, role=role)
            except JoinRefused as refused:
                return _refused(request, refused, project=project)
            if signup_form is not None:
                return _signed_up(request, user, participant)
            return _joined(request, participant)
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


def _may_sign_up(request, form):
    """allauth's limit on new accounts from one address applies here too."""
    if ratelimit.consume(request, action="signup"):
        return True
    form.add_error(
        None,
        "Lots of accounts were made from this connection just now. Wait a minute and try again.",
    )
    return False


def _refused(request, refused, **context):
    if refused.reason == "already_member":
        return _notice(request, "already", participant=refused.participant, **context)
    status = 409 if refused.reason in ("closed", "role") else 410
    return _notice(request, refused.reason, status=status, **context)


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
    return complete_signup(
        request,
        user=user,
        email_verification=account_settings.EMAIL_VERIFICATION,
        success_url=_landing_url(participant),
    )
