"""Partners, funding and spending: who works together, where the money comes from, where it goes."""

import csv

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db import IntegrityError
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_GET, require_http_methods

from codesign.forms import submitted
from codesign.paging import paged
from projects.access import get_project, get_project_object
from projects.files.exports import FUNDING_CSV_HEADER, csv_safe, funding_csv_rows
from projects.forms.funding import (
    PARTNER_GONE,
    ContributionForm,
    PartnerAddForm,
    PartnerForm,
    SpendForm,
    already_a_partner_message,
)
from projects.freshness import project_changing
from projects.models import FundingContribution, Partner, Spend
from projects.selectors.funding import funding_summary
from projects.services import funding as services
from projects.views.kept_pages import kept_for_the_viewer

# Each spending row carries its own change and delete links: 25 keep the page light.
SPENDING_PER_PAGE = 25


def save_unless_partner_gone(form):
    """Save the form, or say so on it if its partner was removed while the form was being sent."""
    try:
        with project_changing(form.instance.project):
            return form.save()
    except IntegrityError:
        form.add_error("partner", PARTNER_GONE)
        return None


def partners_url(project, anchor=""):
    url = reverse("projects:partners", kwargs={"slug": project.slug})
    return f"{url}#{anchor}" if anchor else url


@login_required
@require_GET
@kept_for_the_viewer("partners")
def partners(request, slug):
    project = get_project(request, slug, "projects.view_partners")
    summary = funding_summary(project, with_leads=True)
    spending = paged(
        request,
        project.spending.select_related("partner__organisation"),
        per_page=SPENDING_PER_PAGE,
        param="spending",
    )
    user = request.user
    return render(
        request,
        "projects/partner_list.html",
        {
            "project": project,
            "summary": summary,
            "spending": spending,
            "can_change": user.has_perm("projects.change_partners", project),
            "can_export": user.has_perm("projects.export_funding", project),
            "can_see_contacts": user.has_perm("projects.view_partner_contacts", project),
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def partner_add(request, slug):
    project = get_project(request, slug, "projects.change_partners")
    search = " ".join(request.GET.get("q", "").split())[:100]
    form = PartnerAddForm(submitted(request), project=project, search=search)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            partner = services.partner_add(
                project=project,
                roles=data["roles"],
                contact_name=data["contact_name"],
                contact_email=data["contact_email"],
                contact_phone=data["contact_phone"],
                postal_address=data["postal_address"],
                organisation=data["organisation"],
                name=data["new_name"],
                kind=data["new_kind"],
                website=data["new_website"],
            )
        except services.AlreadyPartner as error:
            form.add_error(None, already_a_partner_message(error.organisation))
        else:
            name = partner.organisation.name
            if form.matched_existing:
                messages.success(
                    request,
                    f"{name} was already on Codesign, so its saved details were used. "
                    "It is now a partner in this project.",
                )
            else:
                messages.success(request, f"{name} is now a partner in this project.")
            return redirect(partners_url(project, f"partner-{partner.pk}"))
    return render(
        request,
        "projects/partner_add.html",
        {"project": project, "form": form, "search": search},
    )


@login_required
@require_http_methods(["GET", "POST"])
def partner_edit(request, slug, pk):
    project = get_project(request, slug, "projects.change_partners")
    partner = get_project_object(
        request, project, Partner.objects.select_related("organisation"), pk=pk
    )
    form = PartnerForm(submitted(request), instance=partner)
    if request.method == "POST" and form.is_valid():
        with project_changing(project):
            form.save()
        messages.success(request, f"Saved the changes to {partner.organisation.name}.")
        return redirect(partners_url(project, f"partner-{partner.pk}"))
    return render(
        request,
        "projects/partner_edit.html",
        {"project": project, "partner": partner, "form": form},
    )


@login_required
@require_http_methods(["GET", "POST"])
def partner_remove(request, slug, pk):
    project = get_project(request, slug, "projects.change_partners")
    partner = get_project_object(
        request, project, Partner.objects.select_related("organisation"), pk=pk
    )
    name = partner.organisation.name
    if request.method == "POST":
        try:
            services.partner_remove(partner=partner)
        except services.PartnerInUse:
            messages.error(
                request,
                f"{name} can't be removed: it has funding or spending recorded. "
                "Delete or move those first.",
            )
        else:
            messages.success(request, f"{name} is no longer a partner in this project.")
            return redirect(partners_url(project, "partners"))
    return render(
        request,
        "projects/partner_remove.html",
        {
            "project": project,
            "partner": partner,
            "contribution_count": partner.contributions.count(),
            "spend_count": partner.spending.count(),
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def contribution_add(request, slug):
    project = get_project(request, slug, "projects.change_funding")
    initial = {}
    if request.GET.get("partner", "").isdigit():
        initial["partner"] = request.GET["partner"]
    form = ContributionForm(
        submitted(request),
        instance=FundingContribution(project=project, created_by=request.user),
        initial=initial,
        project=project,
    )
    if request.method == "POST" and form.is_valid():
        saved = save_unless_partner_gone(form)
        if saved is not None:
            messages.success(request, f"Recorded funding from {saved.partner.organisation.name}.")
            return redirect(partners_url(project, f"funding-{saved.pk}"))
    return render(
        request,
        "projects/contribution_form.html",
        {"project": project, "form": form, "has_partners": project.partners.exists()},
    )


@login_required
@require_http_methods(["GET", "POST"])
def contribution_edit(request, slug, pk):
    project = get_project(request, slug, "projects.change_funding")
    contribution = get_project_object(
        request, project, FundingContribution.objects.select_related("partner__organisation"), pk=pk
    )
    form = ContributionForm(submitted(request), instance=contribution, project=project)
    if request.method == "POST" and form.is_valid():
        saved = save_unless_partner_gone(form)
        if saved is not None:
            messages.success(request, f"Saved the funding from {saved.partner.organisation.name}.")
            return redirect(partners_url(project, f"funding-{saved.pk}"))
    return render(
        request,
        "projects/contribution_form.html",
        {"project": project, "form": form, "contribution": contribution, "has_partners": True},
    )


@login_required
@require_http_methods(["GET", "POST"])
def contribution_delete(request, slug, pk):
    project = get_project(request, slug, "projects.change_funding")
    contribution = get_project_object(
        request, project, FundingContribution.objects.select_related("partner__organisation"), pk=pk
    )
    if request.method == "POST":
        with project_changing(project):
            contribution.delete()
        messages.success(
            request, f"Deleted the funding from {contribution.partner.organisation.name}."
        )
        return redirect(partners_url(project, f"partner-{contribution.partner_id}"))
    return render(
        request,
        "projects/contribution_delete.html",
        {"project": project, "contribution": contribution},
    )


@login_required
@require_http_methods(["GET", "POST"])
def spend_add(request, slug):
    project = get_project(request, slug, "projects.change_funding")
    form = SpendForm(
        submitted(request),
        instance=Spend(project=project, created_by=request.user),
        project=project,
    )
    if request.method == "POST" and form.is_valid():
        saved = save_unless_partner_gone(form)
        if saved is not None:
            category = saved.get_category_display().lower()
            messages.success(request, f"Recorded spending on {category}.")
            return redirect(partners_url(project, "spending"))
    return render(request, "projects/spend_form.html", {"project": project, "form": form})


@login_required
@require_http_methods(["GET", "POST"])
def spend_edit(request, slug, pk):
    project = get_project(request, slug, "projects.change_funding")
    spend = get_project_object(request, project, Spend.objects.all(), pk=pk)
    form = SpendForm(submitted(request), instance=spend, project=project)
    saved = request.method == "POST" and form.is_valid() and save_unless_partner_gone(form)
    if saved:
        messages.success(request, "Saved the spending.")
        return redirect(partners_url(project, "spending"))
    return render(
        request, "projects/spend_form.html", {"project": project, "form": form, "spend": spend}
    )


@login_required
@require_http_methods(["GET", "POST"])
def spend_delete(request, slug, pk):
    project = get_project(request, slug, "projects.change_funding")
    spend = get_project_object(
        request, project, Spend.objects.select_related("partner__organisation"), pk=pk
    )
    if request.method == "POST":
        with project_changing(project):
            spend.delete()
        messages.success(request, "Deleted the spending.")
        return redirect(partners_url(project, "spending"))
    return render(request, "projects/spend_delete.html", {"project": project, "spend": spend})


@login_required
@require_GET
def funding_csv(request, slug):
    project = get_project(request, slug, "projects.export_funding")
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{project.slug}-funding.csv"'
    response["Cache-Control"] = "no-store"
    # A byte order mark tells Excel the file is UTF-8, so names with accents survive.
    response.write("\ufeff")
    writer = csv.writer(response)
    writer.writerow(FUNDING_CSV_HEADER)
    for row in funding_csv_rows(project):
        writer.writerow([csv_safe(cell) for cell in row])
    return response
