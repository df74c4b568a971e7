"""Posting, replying, editing and deleting one's own comments. With htmx the comment list is
swapped in place; without JavaScript the same forms post and redirect."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_http_methods, require_POST

from codesign.forms import submitted
from projects.access import check_access, get_project, get_project_object
from projects.predicates import membership
from sessions.models import Comment
from sessions.prototypes.forms.comments import CommentForm
from sessions.prototypes.selectors import prototypes as reads
from sessions.prototypes.services import comments as services
from sessions.prototypes.views.prototypes import COMMENTS_PER_PAGE, prototype_page_context


def get_comment(request, project, prototype_pk, comment_pk, perm=None):
    prototype = get_project_object(
        request,
        project,
        reads.prototype_for_page(project),
        "workshops.view_prototype",
        pk=prototype_pk,
    )
    comment = get_object_or_404(
        Comment.objects.select_related("author"), prototype=prototype, pk=comment_pk
    )
    comment.prototype = prototype
    return prototype, check_access(request.user, comment, perm)


def _comments_part(request, project, prototype, form=None, status=200, page=None):
    context = prototype_page_context(
        request, project, prototype, comment_form=form, comments_page=page
    )
    return render(request, "prototypes/includes/comments.html", context, status=status)


def _page_of(comment):
    return reads.thread_position(comment) // COMMENTS_PER_PAGE + 1


@login_required
@require_POST
def comment_post(request, slug, pk):
    project = get_project(request, slug)
    prototype = get_project_object(
        request, project, reads.prototype_for_page(project), "workshops.add_comment", pk=pk
    )
    parent = None
    if request.POST.get("parent"):
        parent = Comment.objects.filter(
            prototype=prototype, pk=request.POST["parent"], parent__isnull=True
        ).first()
    form = CommentForm(request.POST)
    if form.is_valid():
        comment = services.comment_post(
            prototype=prototype,
            author=membership(request.user, project),
            parent=parent,
            **form.cleaned_data,
        )
        # Show the page the new comment is on (the last one, or its thread's).
        page = _page_of(comment)
        if request.htmx:
            return _comments_part(request, project, prototype, page=page)
        messages.success(request, "Comment posted.")
        query = f"?comments={page}" if page > 1 else ""
        return redirect(f"{prototype.get_absolute_url()}{query}#comment-{comment.pk}")
    if request.htmx:
        return _comments_part(request, project, prototype, form=form, status=422)
    context = prototype_page_context(request, project, prototype, comment_form=form)
    return render(request, "prototypes/prototype_detail.html", context, status=422)


@login_required
@require_http_methods(["GET", "POST"])
def comment_edit(request, slug, pk, comment_pk):
    project = get_project(request, slug)
    prototype, comment = get_comment(request, project, pk, comment_pk, "workshops.change_comment")
    form = CommentForm(
        submitted(request), initial={"body": comment.body, "hide_name": comment.hide_name}
    )
    if request.method == "POST" and form.is_valid():
        services.comment_edit(comment=comment, **form.cleaned_data)
        messages.success(request, "Comment changed.")
        return redirect(f"{prototype.get_absolute_url()}#comment-{comment.pk}")
    context = {"project": project, "prototype": prototype, "comment": comment, "form": form}
    return render(request, "prototypes/comment_edit.html", context)


@login_required
@require_http_methods(["GET", "POST"])
def comment_delete(request, slug, pk, comment_pk):
    project = get_project(request, slug)
    prototype, comment = get_comment(request, project, pk, comment_pk, "workshops.change_comment")
    if request.method == "POST":
        services.comment_delete(comment=comment)
        messages.success(request, "Comment deleted.")
        return redirect(f"{prototype.get_absolute_url()}#comments")
    context = {"project": project, "prototype": prototype, "comment": comment}
    return render(request, "prototypes/comment_delete.html", context)
