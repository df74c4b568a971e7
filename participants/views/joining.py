"""Joining a project with an invitation code or a project's open join link.

Anyone may open these pages. A newcomer makes their account on the way in: at once when the
invitation was emailed to the address they give, otherwise by opening the link we email them,
which brings them back here signed in (see participants.views.signup).
"""

from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods

from codesign.forms import submitted
from participants.forms.joining import JoinCodeForm, JoinSignupForm, RoleChoiceForm
from participants.identity import codes, wrong_codes
from participants.models import InvitationState
from participants.selectors.invitations import find_invitation
from participants.selectors.joining import find_open_join_project, open_join_roles
from participants.services.joining import (
    JoinRefused,
    SignInNameTaken,
    invitation_accept,
    join_with_new_account,
    open_join_request,
)
from participants.views.join_endings import (
    check_your_email_to_finish,
    joined,
    may_sign_up,
    name_taken,
    notice,
    refused_page,
    signed_up,
)
from projects.predicates import membership
from projects.roles import ROLE_MEANINGS, MemberStatus, role_phrase

UNKNOWN_CODE = (
    "We could not find an invitation with that code. Check each letter and number against "
    "your card or message. If it still does not work, ask the person who gave it to you."
)


# Pages ------------------------------------------------------------------------------------------


@require_http_methods(["GET", "POST"])
def join(request):
    if wrong_codes.too_many(request):
        return notice(request, "slow_down", status=429)
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
        return notice(request, "slow_down", status=429)
    code = codes.normalise(code)
    invitation = find_invitation(code)
    if invitation is not None:
        return _join_by_invitation(request, invitation)
    project = find_open_join_project(code)
    if project is not None:
        return _join_with_link(request, project, code)
    wrong_codes.count_one(request)
    return notice(
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
            return notice(request, "already", project=project, participant=mine)
    if invitation.state != InvitationState.WAITING:
        kind = INVITATION_NOTICES[invitation.state]
        return notice(request, kind, status=410, project=project, invitation=invitation)
    if request.user.is_authenticated:
        return _invitation_signed_in(request, invitation)
    return _invitation_anonymous(request, invitation)


def _invitation_signed_in(request, invitation):
    if request.method == "POST":
        try:
            participant = invitation_accept(invitation=invitation, user=request.user)
        except JoinRefused as refused:
            return refused_page(request, refused, project=invitation.project, invitation=invitation)
        return joined(request, participant)
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
    if request.method == "POST" and signup_form.is_valid() and may_sign_up(request, signup_form):
        data = signup_form.cleaned_data
        # The invitation was emailed to this address, so whoever holds it owns the address.
        proven = bool(
            invitation.email and invitation.send_count and invitation.email.lower() == data["email"]
        )
        if data["email"] and (not proven or signup_form.account_exists):
            return check_your_email_to_finish(request, signup_form)
        try:
            user, participant = join_with_new_account(
                email=data["email"],
                password=data["password1"],
                display_name=data["display_name"],
                username=data["username"],
                invitation=invitation,
            )
        except JoinRefused as refused:
            return refused_page(request, refused, project=invitation.project, invitation=invitation)
        except SignInNameTaken:
            name_taken(signup_form)
        else:
            return signed_up(request, user, participant)
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
            return notice(request, "already", project=project, participant=mine)
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
        return refused_page(request, refused, project=project)
    return joined(request, participant)


def _link_anonymous(request, project, code, role_form, signup_form):
    """Make an account and join with the link, or None to show the page again."""
    if request.method != "POST":
        return None
    role_ok = role_form.is_valid()
    if not (signup_form.is_valid() and role_ok and may_sign_up(request, signup_form)):
        return None
    data = signup_form.cleaned_data
    if data["email"]:
        return check_your_email_to_finish(request, signup_form)
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
        return refused_page(request, refused, project=project)
    except SignInNameTaken:
        name_taken(signup_form)
        return None
    return signed_up(request, user, participant)
