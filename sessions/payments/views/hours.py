"""A person's hours kept honestly: paid, payment declined or lowered, and unpaid, with how near
the next volunteering award is; and the time sheet for an organisation to sign."""

from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.shortcuts import render
from django.utils.text import slugify
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from codesign.paging import paged
from projects.access import get_participant, get_project
from projects.roles import MemberStatus
from projects.views.kept_pages import kept_for_the_person
from sessions.payments.selectors.finance import letter_sender
from sessions.payments.selectors.hours import (
    AWARD_LEVELS,
    hours_attended,
    hours_by_project,
    hours_totals,
)
from sessions.payments.time_sheet import time_sheet_pdf


@login_required
@never_cache
@require_GET
@kept_for_the_person("my-hours")
def my_hours(request):
    """Across every project the person has taken part in: volunteering awards count all of it."""
    rows = hours_attended(user=request.user)
    context = {
        "rows": paged(request, rows),
        "totals": hours_totals(rows),
        "projects": hours_by_project(rows),
        "levels": AWARD_LEVELS,
    }
    return render(request, "payments/hours_mine.html", context)


@login_required
@never_cache
@require_GET
def my_time_sheet(request, slug):
    """The person's own time sheet for one project, signed by the organisation that runs it.
    People who have left the project may still print theirs."""
    place = (
        request.user.participations.filter(project__slug=slug)
        .exclude(status__in=[MemberStatus.PENDING, MemberStatus.DECLINED])
        .select_related("project")
        .first()
    )
    if place is None:
        raise Http404("No such project.")
    return _time_sheet(place.project, request.user.display_name, user=request.user)


@login_required
@never_cache
@require_GET
def person_time_sheet(request, slug, pk):
    """A project lead prints someone's time sheet for them."""
    project = get_project(request, slug, "workshops.print_time_sheet")
    person = get_participant(request, project, pk, "workshops.print_time_sheet")
    return _time_sheet(project, person.display_name, participant=person)


def _time_sheet(project, name, **whose):
    rows = hours_attended(project=project, **whose)
    pdf = time_sheet_pdf(
        project=project,
        sender=letter_sender(project),
        name=name,
        rows=list(rows),
        totals=hours_totals(rows),
    )
    response = HttpResponse(pdf, content_type="application/pdf")
    filename = f"time-sheet-{project.slug}-{slugify(name) or 'person'}.pdf"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
