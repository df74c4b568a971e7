"""The project lead names the project's safeguarding leads."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods

from codesign.forms import submitted
from sessions.safeguarding.access import get_safeguarding_project
from sessions.safeguarding.forms.leads import SafeguardingLeadsForm
from sessions.safeguarding.selectors.leads import safeguarding_leads
from sessions.safeguarding.services.leads import safeguarding_leads_set


@login_required
@require_http_methods(["GET", "POST"])
def leads_edit(request, slug):
    project = get_safeguarding_project(request, slug, "workshops.name_safeguarding_leads")
    form = SafeguardingLeadsForm(
        submitted(request), project=project, initial={"leads": list(safeguarding_leads(project))}
    )
    if request.method == "POST" and form.is_valid():
        safeguarding_leads_set(
            project=project, by=request.user, participants=form.cleaned_data["leads"]
        )
        messages.success(request, "Safeguarding leads saved.")
        return redirect("safeguarding:leads", slug=project.slug)
    context = {"project": project, "form": form, "leads": safeguarding_leads(project)}
    return render(request, "safeguarding/safeguardinglead_form.html", context)
