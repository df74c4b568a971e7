from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_http_methods

from codesign.forms import submitted
from projects.access import check_access, get_project, get_project_object
from projects.predicates import membership
from sessions.models import TestRound
from sessions.prototypes.forms.rounds import FeedbackForm, TestRoundForm
from sessions.prototypes.selectors import prototypes as prototype_reads
from sessions.prototypes.selectors import rounds as reads
from sessions.prototypes.services import rounds as services


@login_required
@require_http_methods(["GET", "POST"])
def round_new(request, slug, pk):
    project = get_project(request, slug)
    prototype = get_project_object(
        request,
        project,
        prototype_reads.prototype_for_page(project),
        "workshops.run_test_rounds",
        pk=pk,
    )
    form = TestRoundForm(submitted(request))
    if request.method == "POST" and form.is_valid():
        test_round = services.test_round_open(
            prototype=prototype, by=request.user, **form.cleaned_data
        )
        messages.success(request, "Test round set up. Members can answer while it is open.")
        return redirect(
            "prototypes:round", slug=project.slug, pk=prototype.pk, round_pk=test_round.pk
        )
    context = {"project": project, "prototype": prototype, "form": form}
    return render(request, "prototypes/testround_new.html", context)


@login_required
@require_http_methods(["GET", "POST"])
def round_detail(request, slug, pk, round_pk):
    project = get_project(request, slug)
    prototype = get_project_object(
        request,
        project,
        prototype_reads.prototype_for_page(project),
        "workshops.view_prototype",
        pk=pk,
    )
    test_round = get_object_or_404(TestRound, prototype=prototype, pk=round_pk)
    test_round.prototype = prototype
    member = membership(request.user, project)
    refusal = services.feedback_refusal(test_round=test_round, participant=member)
    form = FeedbackForm(submitted(request))
    status = 200
    if request.method == "POST":
        check_access(request.user, test_round, "workshops.give_feedback")
        if form.is_valid():
            try:
                services.feedback_give(
                    test_round=test_round, participant=member, **form.cleaned_data
                )
            except ValidationError as refused:
                form.add_error(None, refused.messages[0])
            else:
                messages.success(request, "Thank you. Your answer is in, without your name.")
                return redirect(request.path)
        status = 400 if refusal else 200
    runs = request.user.has_perm("workshops.run_test_rounds", project)
    show_results = runs or test_round.has_closed()
    context = {
        "project": project,
        "prototype": prototype,
        "round": test_round,
        "form": form,
        "refusal": refusal,
        "show_results": show_results,
        "results": reads.results_by_role(test_round) if show_results else None,
        "said": reads.comments_given(test_round) if show_results else None,
        "answer_count": test_round.answers.count(),
    }
    return render(request, "prototypes/testround_detail.html", context, status=status)
