from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods

from participants.selectors.network import network_for
from participants.services.network import network_invite
from projects.access import get_project


@login_required
@require_http_methods(["GET", "POST"])
def network(request, slug):
    """People from the lead's earlier projects who want to be asked again; invite them at once."""
    project = get_project(request, slug, "participants.invite_network")
    if request.method == "POST":
        emailed, cards = network_invite(project=project, by=request.user)
        if not emailed and not cards:
            messages.error(request, "There is no one in your network to invite to this project.")
            return redirect("participants:network", slug=project.slug)
        messages.success(
            request,
            f"Invitations sent by email: {len(emailed)}. Invitations to print as cards: "
            f"{len(cards)} (find them on the people page).",
        )
        return redirect("participants:people", slug=project.slug)
    context = {"project": project, "people": network_for(project, request.user)}
    return render(request, "participants/network.html", context)
