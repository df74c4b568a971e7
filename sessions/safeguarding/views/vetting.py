"""Vetting: who has a current check, and recording one."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_GET, require_http_methods

from codesign.forms import submitted
from sessions.safeguarding.access import get_safeguarding_project
from sessions.safeguarding.forms.vetting import VettingForm
from sessions.safeguarding.selectors.vetting import SOON_DAYS, vetting_rows
from sessions.safeguarding.services.vetting import vetting_record

PERM = "workshops.record_vetting"


@login_required
@require_GET
def vetting_list(request, slug):
    project = get_safeguarding_project(request, slug, PERM)
    context = {"project": project, "rows": vetting_rows(project), "soon_days": SOON_DAYS}
    return render(request, "safeguarding/vetting_list.html", context)


@login_required
@require_http_methods(["GET", "POST"])
def vetting_new(request, slug):
    project = get_safeguarding_project(request, slug, PERM)
    initial = {"checked_by": request.user.name, "checked_on": timezone.localdate()}
    person = request.GET.get("person")
    if person and person.isdigit():
        initial["participant"] = int(person)
    form = VettingForm(submitted(request), project=project, initial=initial)
    if request.method == "POST" and form.is_valid():
        record = vetting_record(project=project, by=request.user, **form.cleaned_data)
        if record.renews_on < timezone.localdate():
            messages.warning(
                request,
                f"Check saved. It ran out on {record.renews_on:%-d %B %Y}: "
                f"{record.participant.display_name} cannot run sessions under-18s may come to "
                "until it is renewed.",
            )
        else:
            messages.success(request, "Check saved.")
        return redirect("safeguarding:vetting", slug=project.slug)
    return render(request, "safeguarding/vetting_new.html", {"project": project, "form": form})
