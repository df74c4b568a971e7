"""An organisation's safeguarding leads: named by its leads, they receive and act on the
concerns of every project the organisation leads. Everyone else of the organisation is told
they may not (403); anyone outside it never learns the pages are there (404)."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods

from codesign.forms import submitted
from codesign.paging import paged
from projects.access import get_organisation
from sessions.safeguarding.forms.leads import OrganisationSafeguardingLeadsForm
from sessions.safeguarding.selectors import organisation as reads
from sessions.safeguarding.services.organisation_leads import organisation_safeguarding_leads_set
from sessions.safeguarding.views.concerns import register_tab

PER_PAGE = 25


@login_required
@never_cache
@require_http_methods(["GET", "POST"])
def safeguarding_leads(request, slug):
    organisation = get_organisation(request, slug, "projects.name_organisation_safeguarding_leads")
    current = organisation.members.filter(is_safeguarding_lead=True)
    form = OrganisationSafeguardingLeadsForm(
        submitted(request), organisation=organisation, initial={"places": list(current)}
    )
    if request.method == "POST" and form.is_valid():
        organisation_safeguarding_leads_set(
            organisation=organisation, by=request.user, places=form.cleaned_data["places"]
        )
        messages.success(request, f"{organisation.name}'s safeguarding leads are saved.")
        return redirect("organisation_safeguarding:leads", slug=organisation.slug)
    context = {
        "organisation": organisation,
        "form": form,
        "projects": reads.projects_led(organisation),
    }
    status = 422 if form.is_bound else 200
    return render(request, "safeguarding/organisation_leads.html", context, status=status)


@login_required
@never_cache
@require_GET
def concerns(request, slug):
    organisation = get_organisation(request, slug, "workshops.handle_organisation_concerns")
    status = register_tab(request)
    rows = reads.concerns_in_projects_led(organisation)
    open_count, closed_count = reads.counts(rows)
    context = {
        "organisation": organisation,
        "status": status,
        "open_count": open_count,
        "closed_count": closed_count,
        "concerns": paged(request, reads.register(rows.filter(status=status)), per_page=PER_PAGE),
    }
    return render(request, "safeguarding/organisation_concerns.html", context)
