import itertools

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_GET, require_http_methods

from codesign.forms import submitted
from projects.access import get_project
from projects.files.exports import csv_download
from projects.services.report import report_section_reset, report_section_save
from projects.views.kept_pages import kept_for_the_viewer
from sessions.evidence.forms.report import ReportSectionForm
from sessions.evidence.selectors import report as reads
from sessions.evidence.selectors import report_exports as exports


@login_required
@require_GET
@kept_for_the_viewer("report")
def report(request, slug):
    """The practice example, built from the records, with the lead's edits; prints as a PDF."""
    project = get_project(request, slug)
    sections, _generated = reads.report_sections(project)
    context = {
        "project": project,
        "sections": sections,
        "can_edit": request.user.has_perm("projects.change_report", project),
    }
    return render(request, "evidence/report.html", context)


@login_required
@require_http_methods(["GET", "POST"])
def report_section_edit(request, slug, section):
    project = get_project(request, slug, "projects.change_report")
    if section not in reads.SECTION_KEYS:
        raise Http404("No such section.")
    sections, generated = reads.report_sections(project)
    shown = next(s for s in sections if s.key == section)
    if request.method == "POST" and "reset" in request.POST:
        report_section_reset(project=project, by=request.user, section=section)
        messages.success(request, "The section is back to the text from the records.")
        return redirect(_section_url(project, section))
    form = ReportSectionForm(submitted(request), initial={"text": shown.text})
    if request.method == "POST" and form.is_valid():
        report_section_save(
            project=project, by=request.user, section=section, text=form.cleaned_data["text"]
        )
        messages.success(request, "Your edit is kept. It stays until you go back to the records.")
        return redirect(_section_url(project, section))
    context = {
        "project": project,
        "section": shown,
        "generated": generated[section],
        "form": form,
    }
    return render(request, "evidence/report_section_edit.html", context)


def _section_url(project, section):
    return reverse("report:page", kwargs={"slug": project.slug}) + f"#{section}"


def _csv(project, name, header, rows):
    return csv_download(f"{project.slug}-{name}.csv", itertools.chain([header], rows))


@login_required
@require_GET
def sessions_csv(request, slug):
    project = get_project(request, slug, "projects.export_report")
    return _csv(project, "sessions", exports.SESSIONS_HEADER, exports.session_rows(project))


@login_required
@require_GET
def outcomes_csv(request, slug):
    project = get_project(request, slug, "projects.export_report")
    return _csv(project, "outcomes", exports.OUTCOMES_HEADER, exports.outcome_rows(project))


@login_required
@require_GET
def feedback_csv(request, slug):
    project = get_project(request, slug, "projects.export_report")
    return _csv(project, "feedback", exports.FEEDBACK_HEADER, exports.feedback_rows(project))
