from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.views.decorators.http import require_GET, require_http_methods

from codesign.paging import paged
from projects.access import get_project
from projects.forms.stage import GoBackForm, MoveOnForm
from projects.models import Stage
from projects.registries.stage_tasks import (
    earlier_stages,
    next_stage,
    registry,
    stage_checklist,
    stage_tracker,
)
from projects.selectors.overview import (
    latest_stage_moves,
    overview_numbers,
    stage_moves,
    with_direction,
)
from projects.services.stage import (
    ReasonNeeded,
    StageChangedMeanwhile,
    StageMoveError,
    project_move_stage,
)
from projects.views.kept_pages import kept_for_the_viewer

FORMS = {"forward": MoveOnForm, "back": GoBackForm}


@login_required
@require_GET
@kept_for_the_viewer("stage-history")
def stage_history(request, slug):
    """Every stage move, for everyone taking part: co-design loops back, and that is shown."""
    project = get_project(request, slug)
    page = paged(request, stage_moves(project))
    with_direction(page)
    return render(request, "projects/stagechange_list.html", {"project": project, "page": page})


@login_required
@require_http_methods(["GET", "POST"])
@kept_for_the_viewer("stage")
def project_stage(request, slug):
    project = get_project(request, slug, "projects.change_stage")
    direction = request.POST.get("direction") if request.method == "POST" else None
    if request.method == "POST" and direction not in FORMS:
        messages.error(request, "Choose whether to move the project on or back, then try again.")
        return _render(request, project, status=400)
    if direction is None:
        return _render(request, project)

    checklist = stage_checklist(project)
    reason_needed = not checklist.ready_to_move_on
    form = _form(project, direction, data=request.POST, reason_needed=reason_needed)
    if not form.is_valid():
        return _render(request, project, bound={direction: form}, checklist=checklist)
    try:
        change = project_move_stage(
            project=project,
            to_stage=form.cleaned_data["to_stage"],
            by=request.user,
            reason=form.cleaned_data["reason"],
            expected_stage=form.cleaned_data["from_stage"],
        )
    except StageChangedMeanwhile as conflict:
        messages.warning(request, str(conflict))
        project.stage = conflict.current_stage
        # Keep what they wrote, on fresh forms for the stage as it is now.
        kept = {direction: {"reason": form.cleaned_data["reason"]}}
        return _render(request, project, initial=kept, status=409)
    except ReasonNeeded as needed:
        form.add_error("reason", str(needed))
        return _render(request, project, bound={direction: form})
    except StageMoveError as refused:
        form.add_error(None, str(refused))
        return _render(request, project, bound={direction: form}, checklist=checklist)

    if change.forced:
        messages.success(
            request,
            f"The project moved on to “{change.get_to_stage_display()}”. "
            "Your reason is in the stage history.",
        )
    elif direction == "forward":
        messages.success(request, f"The project moved on to “{change.get_to_stage_display()}”.")
    else:
        messages.success(request, f"The project went back to “{change.get_to_stage_display()}”.")
    return redirect("projects:stage", slug=project.slug)


def _form(project, direction, *, data=None, initial=None, reason_needed=False):
    kwargs = {"data": data, "initial": initial, "prefix": direction, "current_stage": project.stage}
    if direction == "forward":
        kwargs["reason_needed"] = reason_needed
    return FORMS[direction](**kwargs)


def _render(request, project, *, bound=None, initial=None, checklist=None, status=200):
    bound, initial = bound or {}, initial or {}
    # Showing the page reads the cached numbers; a move (above) always counts afresh.
    checklist = checklist or registry.checklist(project, counts=overview_numbers(project)["counts"])
    forms = {}
    if next_stage(project.stage):
        forms["forward"] = bound.get("forward") or _form(
            project,
            "forward",
            initial=initial.get("forward"),
            reason_needed=not checklist.ready_to_move_on,
        )
    if earlier_stages(project.stage):
        forms["back"] = bound.get("back") or _form(project, "back", initial=initial.get("back"))
    context = {
        "project": project,
        "stage": Stage(project.stage),
        "next_stage": next_stage(project.stage),
        "checklist": checklist,
        "tracker": stage_tracker(project.stage),
        "forward_form": forms.get("forward"),
        "back_form": forms.get("back"),
        "latest": latest_stage_moves(project),
    }
    return render(request, "projects/project_stage.html", context, status=status)
