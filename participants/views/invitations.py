from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.formats import date_format
from django.utils.timezone import localtime
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from codesign.forms import submitted
from codesign.paging import paged
from codesign.qr import qr_svg
from participants.forms.invitations import InvitationSearchForm, InviteForm
from participants.models import Invitation
from participants.notify import join_url, site_url
from participants.selectors.invitations import (
    invitations_for,
    invite_roles_for,
    last_contact_phone,
)
from participants.services.invitations import (
    invitation_create,
    invitation_resend,
    invitation_revoke,
)
from projects.access import get_participant, get_project, get_project_object
from projects.roles import MemberStatus, role_phrase
from projects.views.kept_pages import kept_for_the_viewer


def people_url(project):
    return reverse("participants:people", kwargs={"slug": project.slug})


def card_url(invitation):
    return reverse(
        "participants:invitation_card",
        kwargs={"slug": invitation.project.slug, "pk": invitation.pk},
    )


@login_required
@require_http_methods(["GET", "POST"])
@kept_for_the_viewer("invite")
def invite(request, slug):
    project = get_project(request, slug, "participants.invite")
    roles = invite_roles_for(project, request.user)
    form = InviteForm(
        submitted(request),
        roles=roles,
        initial={"contact_phone": last_contact_phone(request.user)},
    )
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            invitation = invitation_create(
                project=project,
                by=request.user,
                role=data["role"],
                email=data["email"],
                name=data["name"],
                days=data["days"],
                contact_phone=data["contact_phone"],
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            if not invitation.email:
                messages.success(
                    request, "The invitation is ready. Print this card or copy the code."
                )
                return redirect(card_url(invitation))
            if invitation.send_count > 1:
                messages.success(
                    request,
                    f"{invitation.email} already had an invitation, so we sent it again.",
                )
            else:
                messages.success(request, f"We emailed an invitation to {invitation.email}.")
            return redirect(people_url(project))
    return render(
        request,
        "participants/invitation_new.html",
        {"project": project, "form": form, "roles": roles},
    )


def _get_invitation(request, project, pk):
    queryset = Invitation.objects.select_related("invited_by", "accepted_by", "participant")
    return get_project_object(request, project, queryset, "participants.manage_invitation", pk=pk)


@login_required
@require_GET
def invitation_card(request, slug, pk):
    project = get_project(request, slug, "participants.invite")
    invitation = _get_invitation(request, project, pk)
    return render(
        request,
        "participants/invitation_card.html",
        {
            "project": project,
            "invitation": invitation,
            "role_phrase": role_phrase(invitation.role),
            "join_page": site_url(reverse("join")),
            "join_link": join_url(invitation.code),
            "qr_code": qr_svg(
                join_url(invitation.code), label="QR code that opens the join page with the code"
            ),
        },
    )


@login_required
@require_POST
def invitation_revoke_view(request, slug, pk):
    project = get_project(request, slug, "participants.invite")
    invitation = _get_invitation(request, project, pk)
    try:
        invitation_revoke(invitation=invitation, by=request.user)
    except ValidationError as error:
        messages.error(request, error.messages[0])
    else:
        who = invitation.name or invitation.email or f"code {invitation.grouped_code}"
        messages.success(
            request, f"The invitation for {who} is cancelled. Its code no longer works."
        )
    return redirect(people_url(project))


@login_required
@require_POST
def invitation_resend_view(request, slug, pk):
    project = get_project(request, slug, "participants.invite")
    invitation = _get_invitation(request, project, pk)
    try:
        invitation = invitation_resend(invitation=invitation, by=request.user)
    except ValidationError as error:
        messages.error(request, error.messages[0])
    else:
        messages.success(
            request,
            f"We emailed the invitation to {invitation.email} again. It now works until "
            f"{date_format(localtime(invitation.expires_at), 'j F Y')}.",
        )
    return redirect(people_url(project))


# Each invitation carries its own buttons: 20 keep the page light.
INVITATIONS_PER_PAGE = 20


def invitations_section(request, project, *, everyone):
    """The invitations part of the people page: a page of the invitations this person may see,
    narrowed by the invitation search, with the whole count while searching."""
    search = InvitationSearchForm(request.GET)
    user = request.user
    section = {
        "invitation_search": search,
        "invitations": paged(
            request,
            invitations_for(project, user, everyone=everyone, **search.terms()),
            per_page=INVITATIONS_PER_PAGE,
            param="invitations",
        ),
    }
    if search.is_searching:
        section["all_invitations"] = invitations_for(project, user, everyone=everyone).count()
    return section


@login_required
@require_POST
def person_code(request, slug, pk):
    """Make a code for someone taking part offline, so they can claim their place later."""
    project = get_project(request, slug, "participants.manage_people")
    person = get_participant(request, project, pk, "participants.manage_people", select=["user"])
    if not person.is_offline or person.status != MemberStatus.ACTIVE:
        messages.error(
            request, f"{person.display_name} already has an account or is not taking part."
        )
        return redirect("participants:person", slug=project.slug, pk=person.pk)
    invitation = invitation_create(
        project=project, by=request.user, role=person.role, participant=person
    )
    messages.success(
        request,
        f"Here is {person.display_name}'s code. When they use it, their place in the project "
        "becomes theirs, with everything so far.",
    )
    return redirect(card_url(invitation))
