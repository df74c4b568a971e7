from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods

from codesign.forms import submitted
from projects.access import get_project, get_project_object
from projects.predicates import membership
from sessions.prototypes.forms.evaluations import EvaluationSheetForm
from sessions.prototypes.selectors import prototypes as reads
from sessions.prototypes.services.evaluations import evaluation_sheet_add


@login_required
@require_http_methods(["GET", "POST"])
def sheet_new(request, slug, pk):
    project = get_project(request, slug)
    prototype = get_project_object(
        request, project, reads.prototype_for_page(project), "workshops.change_prototype", pk=pk
    )
    form = EvaluationSheetForm(submitted(request), project=project)
    if request.method == "POST" and form.is_valid():
        evaluation_sheet_add(
            form=form,
            prototype=prototype,
            member=membership(request.user, project),
            by=request.user,
        )
        messages.success(request, "Evaluation sheet saved.")
        return redirect(f"{prototype.get_absolute_url()}#sheets")
    context = {"project": project, "prototype": prototype, "form": form}
    return render(request, "prototypes/evaluationsheet_new.html", context)
