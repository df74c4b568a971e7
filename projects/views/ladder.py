from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.shortcuts import redirect
from django.views.decorators.http import require_POST

from projects.access import get_project
from projects.forms.ladder import LadderForm
from projects.predicates import membership
from projects.services.ladder import ladder_rate


@login_required
@require_POST
def ladder_rate_view(request, slug):
    """Give an anonymous rating; the answer shows on the "how co-produced is it" page."""
    project = get_project(request, slug, "projects.rate_ladder")
    form = LadderForm(request.POST)
    if not form.is_valid():
        messages.error(request, form.errors["rung"][0])
    else:
        role = membership(request.user, project).role
        try:
            ladder_rate(
                project=project, user=request.user, role=role, rung=form.cleaned_data["rung"]
            )
        except ValidationError as error:
            messages.error(request, error.messages[0])
        else:
            messages.success(request, "Thank you. Your rating is counted, without your name.")
    return redirect("coproduction:page", slug=project.slug)
