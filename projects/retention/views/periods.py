"""An organisation's own retention periods, for its leads: how long each kind of record is
kept in the projects the organisation leads, changed within what the law allows, or set back
to the usual period. Other people of the organisation are told they may not (403); everyone
else never learns the pages are there (404). Site administrators use the admin."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import redirect, render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_POST

from codesign.forms import submitted
from projects.access import get_organisation
from projects.models import RetentionOverride
from projects.registries.retention import months_in_words, retention
from projects.retention.forms import PeriodForm
from projects.retention.services.periods import retention_period_set, retention_period_usual

PERM = "projects.set_retention_period"


def _changeable(key):
    """A kind of record an organisation may keep for its own period, or 404."""
    record_type = retention.get(key)
    if record_type is None or not record_type.per_project:
        raise Http404("No such kind of record.")
    return record_type


@login_required
@never_cache
@require_http_methods(["GET"])
def organisation_records(request, slug):
    organisation = get_organisation(request, slug, PERM)
    periods = organisation.retention_overrides.select_related("changed_by")
    own = {period.record_key: period for period in periods}
    rows = [
        {"record_type": record_type, "own": own.get(record_type.key)}
        for record_type in retention.all()
        if record_type.per_project
    ]
    fixed = [record_type for record_type in retention.all() if not record_type.per_project]
    context = {"organisation": organisation, "rows": rows, "fixed": fixed}
    return render(request, "projects/organisation_records.html", context)


@login_required
@never_cache
@require_http_methods(["GET", "POST"])
def organisation_record_period(request, slug, key):
    organisation = get_organisation(request, slug, PERM)
    record_type = _changeable(key)
    own = RetentionOverride.objects.filter(organisation=organisation, record_key=key).first()
    initial = None if own else {"months": record_type.months}
    form = PeriodForm(submitted(request), instance=own, initial=initial)
    form.instance.organisation, form.instance.record_key = organisation, key
    if request.method == "POST" and form.is_valid():
        retention_period_set(
            organisation=organisation,
            record_key=key,
            months=form.cleaned_data["months"],
            reason=form.cleaned_data["reason"],
            by=request.user,
        )
        messages.success(
            request,
            f"{record_type.name}: kept for "
            f"{record_type.period_words(form.cleaned_data['months'])} in {organisation.name}'s "
            "projects.",
        )
        return redirect("organisation:records", slug=organisation.slug)
    context = {
        "organisation": organisation,
        "record_type": record_type,
        "own": own,
        "form": form,
        "floor_words": months_in_words(record_type.floor_months or 0),
    }
    status = 422 if form.is_bound else 200
    return render(request, "projects/organisation_record_period.html", context, status=status)


@login_required
@require_POST
def organisation_record_usual(request, slug, key):
    organisation = get_organisation(request, slug, PERM)
    record_type = _changeable(key)
    retention_period_usual(organisation=organisation, record_key=key, by=request.user)
    messages.success(
        request, f"{record_type.name}: back to the usual period, {record_type.period_words()}."
    )
    return redirect("organisation:records", slug=organisation.slug)
