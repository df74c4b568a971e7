"""The network: a person says "ask me about future work" (or takes it back), and a project's
lead asks the people from their earlier projects who said yes."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_POST

from codesign.forms import submitted
from codesign.paging import paged
from participants.forms.network import FutureWorkForm, NetworkInviteForm, OrganisationInviteForm
from participants.selectors.network import (
    future_work_of,
    network_people,
    organisation_network,
    organisation_projects,
    with_track_records,
)
from participants.services.network import future_work_save, future_work_stop, network_invite
from projects.access import get_organisation, get_project
from projects.roles import MemberStatus, Role
from projects.views.kept_pages import kept_for_the_viewer

SAID_YES = "Saved. Leads of projects you have been in may ask you about future work."
SAID_NO = "Saved. No one will ask you about future work."


@login_required
@never_cache
@require_http_methods(["GET", "POST"])
@kept_for_the_viewer("project-network")
def network(request, slug):
    """People from the lead's earlier projects who want to be asked; ask them in one step."""
    project = get_project(request, slug, "participants.invite_network")
    form = NetworkInviteForm(submitted(request))
    if request.method == "POST" and form.is_valid():
        emailed, cards = network_invite(
            project=project, by=request.user, how_many=form.cleaned_data["how_many"]
        )
        if not emailed and not cards:
            messages.error(request, "There is no one in your network to invite to this project.")
            return redirect("participants:network", slug=project.slug)
        messages.success(
            request,
            f"Invitations sent by email: {len(emailed)}. Invitations to print as cards: "
            f"{len(cards)} (find them on the people page).",
        )
        return redirect("participants:people", slug=project.slug)
    page = paged(request, network_people(project, request.user))
    context = {"project": project, "people": page, "form": form}
    return render(request, "participants/network.html", context)


@login_required
@never_cache
@require_http_methods(["GET", "POST"])
def organisation_network_page(request, slug):
    """The organisation's network, for its leads: everyone from its projects who wants to be
    asked, what they have done with it, and when they were last asked; ask some of them to
    join one of its projects the lead runs, the least recently asked first."""
    organisation = get_organisation(request, slug, "projects.view_organisation_network")
    projects = _projects_to_invite_to(request.user, organisation)
    form = OrganisationInviteForm(submitted(request), projects=projects)
    status = 200
    if request.method == "POST":
        if form.is_valid():
            project = form.cleaned_data["project"]
            emailed, cards = network_invite(
                project=project,
                by=request.user,
                how_many=form.cleaned_data["how_many"],
                organisation=organisation,
            )
            if emailed or cards:
                messages.success(
                    request,
                    f"Invitations to {project.title} sent by email: {len(emailed)}. Invitations "
                    f"to print as cards: {len(cards)} (find them on the project's people page).",
                )
            else:
                messages.error(request, f"Everyone in the network is already in {project.title}.")
            return redirect("organisation:network", slug=organisation.slug)
        status = 422
    page = paged(request, organisation_network(organisation))
    page.object_list = with_track_records(page.object_list, organisation)
    context = {"organisation": organisation, "people": page, "form": form, "projects": projects}
    return render(request, "participants/organisation_network.html", context, status=status)


def _projects_to_invite_to(user, organisation):
    """The organisation's projects this person leads."""
    led = user.participations.filter(role=Role.LEAD, status=MemberStatus.ACTIVE)
    return (
        organisation_projects(organisation).filter(pk__in=led.values("project")).order_by("title")
    )


@login_required
@never_cache
@require_http_methods(["GET", "POST"])
def my_future_work(request):
    """The person's own answer: "ask me about future work", what and when, and a break."""
    form = FutureWorkForm(submitted(request), answer=future_work_of(request.user))
    if request.method == "POST" and form.is_valid():
        answer = future_work_save(user=request.user, **form.cleaned_data)
        messages.success(request, SAID_YES if answer.wants_asking else SAID_NO)
        return redirect("me:home")
    return render(request, "participants/future_work.html", {"form": form})


@login_required
@require_POST
def my_future_work_stop(request):
    """One click: out of every lead's network at once."""
    future_work_stop(user=request.user)
    messages.success(request, SAID_NO + " You can say yes again at any time.")
    return redirect("me:home")
