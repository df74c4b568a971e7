from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from codesign.forms import submitted
from codesign.paging import paged
from projects.access import get_project, get_project_object
from projects.forms.outcomes import InPracticeForm, OutcomeForm, ReviewForm
from projects.models import Outcome
from projects.registries.outcome_links import outcome_links
from projects.selectors import outcomes as reads
from projects.services import outcomes as services
from projects.services.outcome_photos import MAX_PHOTOS
from projects.views.kept_pages import kept_for_the_viewer

PER_PAGE = 20
FILTERS = [("", "All"), ("waiting", "Waiting for review"), *Outcome.Status.choices]


@login_required
@require_GET
@kept_for_the_viewer("outcomes")
def outcome_list(request, slug):
    project = get_project(request, slug)
    status = request.GET.get("status", "")
    status = status if status in dict(FILTERS) else ""
    page = paged(request, reads.outcomes_for_list(project, status=status), per_page=PER_PAGE)
    context = {
        "project": project,
        "page": page,
        "totals": reads.outcome_totals(project),
        "filters": FILTERS,
        "status": status,
        "can_record": request.user.has_perm("projects.add_outcome", project),
        "can_review": request.user.has_perm("projects.review_outcome", project),
    }
    return render(request, "projects/outcome_list.html", context)


@login_required
@require_http_methods(["GET", "POST"])
def outcome_new(request, slug):
    project = get_project(request, slug, "projects.add_outcome")
    form = OutcomeForm(submitted(request), project=project)
    if request.method == "POST" and form.is_valid():
        outcome = services.outcome_create(project=project, by=request.user, **form.cleaned_data)
        messages.success(request, "The outcome is recorded. Staff and managers can now review it.")
        return redirect("projects:outcome", slug=project.slug, pk=outcome.pk)
    return render(request, "projects/outcome_form.html", {"project": project, "form": form})


@login_required
@require_http_methods(["GET", "POST"])
def outcome_edit(request, slug, pk):
    project = get_project(request, slug)
    outcome = get_project_object(
        request, project, Outcome.objects.all(), "projects.change_outcome", pk=pk
    )
    form = OutcomeForm(
        submitted(request),
        project=project,
        outcome=outcome,
        initial=OutcomeForm.initial_for(outcome),
    )
    if request.method == "POST" and form.is_valid():
        services.outcome_update(outcome=outcome, by=request.user, **form.cleaned_data)
        messages.success(request, "The outcome is updated.")
        return redirect("projects:outcome", slug=project.slug, pk=outcome.pk)
    context = {"project": project, "form": form, "outcome": outcome}
    return render(request, "projects/outcome_form.html", context)


def _outcome(request, slug, pk, perm=None):
    project = get_project(request, slug)
    queryset = Outcome.objects.prefetch_related("decisions", "photos")
    return project, get_project_object(request, project, queryset, perm, pk=pk)


def _detail(request, project, outcome, *, review_form=None, practice_form=None, status=200):
    user = request.user
    can_review = user.has_perm("projects.review_outcome", outcome)
    can_change = user.has_perm("projects.change_outcome", outcome)
    photos = list(outcome.photos.all())
    context = {
        "project": project,
        "outcome": outcome,
        "reviews": reads.outcome_reviews(outcome),
        "can_change": can_change,
        "photos": photos,
        "photos_full": len(photos) >= MAX_PHOTOS,
        "can_review": can_review,
        "has_reviewed": can_review and reads.has_reviewed(outcome, user),
        "review_form": review_form or ReviewForm(),
        "practice_form": practice_form or InPracticeForm(outcome=outcome),
        # What it came from beyond decisions (ideas and prototypes) joins from the upper apps.
        "linked": outcome_links.shown(outcome),
    }
    return render(request, "projects/outcome_detail.html", context, status=status)


@login_required
@require_GET
@kept_for_the_viewer("outcome")
def outcome_detail(request, slug, pk):
    project, outcome = _outcome(request, slug, pk)
    return _detail(request, project, outcome)


@login_required
@require_POST
def outcome_review(request, slug, pk):
    project, outcome = _outcome(request, slug, pk, "projects.review_outcome")
    form = ReviewForm(request.POST)
    if form.is_valid():
        try:
            services.outcome_review(outcome=outcome, by=request.user, **form.cleaned_data)
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, "Thank you. Your review is recorded.")
            return redirect("projects:outcome", slug=project.slug, pk=outcome.pk)
    return _detail(request, project, outcome, review_form=form)


@login_required
@require_POST
def outcome_in_practice(request, slug, pk):
    project, outcome = _outcome(request, slug, pk, "projects.change_outcome")
    form = InPracticeForm(request.POST, outcome=outcome)
    if form.is_valid():
        try:
            services.outcome_mark_in_practice(
                outcome=outcome, by=request.user, since=form.cleaned_data["since"]
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(
                request, "The outcome is marked as in practice. Everyone behind it is told."
            )
            return redirect("projects:outcome", slug=project.slug, pk=outcome.pk)
    return _detail(request, project, outcome, practice_form=form)
