"""Reporting comments, hiding them with a reason, and asking for another look."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from codesign.forms import submitted
from codesign.paging import paged
from projects.access import get_project
from projects.predicates import membership
from sessions.prototypes.forms.moderation import HideForm, ReportForm
from sessions.prototypes.selectors import moderation as reads
from sessions.prototypes.services import moderation as services
from sessions.prototypes.views.comments import get_comment

PER_PAGE = 25
OWN_COMMENT = "You cannot report your own comment. You can change it or delete it instead."
ALREADY_REPORTED = "You have already reported this comment. A facilitator will look at it."


@login_required
@require_http_methods(["GET", "POST"])
def comment_report(request, slug, pk, comment_pk):
    project = get_project(request, slug)
    prototype, comment = get_comment(request, project, pk, comment_pk, "workshops.report_comment")
    member = membership(request.user, project)
    form = ReportForm(submitted(request))
    refusal = None
    if comment.author_id == member.pk:
        refusal = OWN_COMMENT
    elif comment.reports.filter(reporter=member).exists():
        refusal = ALREADY_REPORTED
    if not refusal and request.method == "POST" and form.is_valid():
        services.comment_report(comment=comment, reporter=member, **form.cleaned_data)
        messages.success(request, "Thank you. A facilitator will look at it.")
        return redirect(f"{prototype.get_absolute_url()}#comment-{comment.pk}")
    context = {
        "project": project,
        "prototype": prototype,
        "comment": comment,
        "form": form,
        "refusal": refusal,
    }
    return render(
        request, "prototypes/commentreport_new.html", context, status=400 if refusal else 200
    )


@login_required
@require_http_methods(["GET", "POST"])
def comment_hide(request, slug, pk, comment_pk):
    project = get_project(request, slug)
    prototype, comment = get_comment(
        request, project, pk, comment_pk, "workshops.moderate_comments"
    )
    form = HideForm(submitted(request))
    if request.method == "POST" and form.is_valid():
        services.comment_hide(
            comment=comment,
            by=request.user,
            by_member=membership(request.user, project),
            reason=form.cleaned_data["reason"],
        )
        messages.success(request, "Comment hidden. The person who wrote it has been told why.")
        return redirect("prototypes:moderation", slug=project.slug)
    context = {"project": project, "prototype": prototype, "comment": comment, "form": form}
    return render(request, "prototypes/comment_hide.html", context)


@login_required
@require_POST
def comment_show_again(request, slug, pk, comment_pk):
    project = get_project(request, slug)
    _, comment = get_comment(request, project, pk, comment_pk, "workshops.moderate_comments")
    if comment.is_hidden:
        services.comment_show_again(comment=comment, by=request.user)
        messages.success(request, "Comment shown again.")
    else:
        services.comment_reports_close(comment=comment, by=request.user)
        messages.success(request, "Reports closed. The comment stays as it is.")
    return redirect("prototypes:moderation", slug=project.slug)


@login_required
@require_POST
def comment_review_ask(request, slug, pk, comment_pk):
    project = get_project(request, slug)
    prototype, comment = get_comment(request, project, pk, comment_pk, "workshops.ask_for_review")
    if not comment.is_hidden:
        messages.info(request, "Your comment is not hidden, so there is nothing to look at again.")
    else:
        services.comment_review_ask(comment=comment)
        messages.success(request, "A facilitator will look at your comment again.")
    return redirect(f"{prototype.get_absolute_url()}#comment-{comment.pk}")


@login_required
@require_GET
def moderation_list(request, slug):
    project = get_project(request, slug, "workshops.moderate_comments")
    waiting = paged(request, reads.comments_to_look_at(project), per_page=PER_PAGE)
    hidden = paged(request, reads.hidden_comments(project), per_page=PER_PAGE, param="hidden")
    context = {"project": project, "waiting": waiting, "hidden": hidden}
    return render(request, "prototypes/comment_moderation.html", context)
