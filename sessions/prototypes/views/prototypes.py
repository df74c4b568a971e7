import functools

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_GET, require_http_methods

from codesign.forms import submitted, submitted_files
from codesign.paging import paged
from projects.access import get_project, get_project_object
from projects.files.images import picture_response, picture_upload
from projects.forms.outcomes import OutcomeForm
from projects.predicates import membership
from projects.services.outcomes import outcome_create
from projects.views.kept_pages import kept_for_the_viewer
from sessions.meetings.forms.photos import IdeaPictureForm
from sessions.models import Prototype, PrototypeImage
from sessions.prototypes.forms.comments import CommentForm
from sessions.prototypes.forms.prototypes import (
    DecisionForm,
    PrototypeForm,
    PrototypeStatusForm,
    VersionForm,
)
from sessions.prototypes.selectors import outcomes as behind
from sessions.prototypes.selectors import prototypes as reads
from sessions.prototypes.services import prototypes as services

PER_PAGE = 24


def _prototype(request, project, pk, perm="workshops.view_prototype"):
    return get_project_object(request, project, reads.prototype_for_page(project), perm, pk=pk)


@login_required
@require_GET
@kept_for_the_viewer("ideas")
def prototype_list(request, slug):
    project = get_project(request, slug, "workshops.view_prototype")
    page = paged(request, reads.gallery(project), per_page=PER_PAGE)
    context = {"project": project, "page": page}
    return render(request, "prototypes/prototype_list.html", context)


@login_required
@require_http_methods(["GET", "POST"])
def prototype_new(request, slug):
    project = get_project(request, slug, "workshops.add_prototype")
    form = PrototypeForm(submitted(request), project=project)
    if request.method == "POST" and form.is_valid():
        prototype = services.prototype_create(
            project=project,
            by=request.user,
            member=membership(request.user, project),
            **form.cleaned_data,
        )
        messages.success(request, "Idea added. Everyone in the project can now comment on it.")
        return redirect(prototype.get_absolute_url())
    return render(request, "prototypes/prototype_new.html", {"project": project, "form": form})


@login_required
@require_GET
@kept_for_the_viewer("idea")
def prototype_detail(request, slug, pk):
    project = get_project(request, slug)
    prototype = _prototype(request, project, pk)
    context = prototype_page_context(request, project, prototype)
    return render(request, "prototypes/prototype_detail.html", context)


def _number(value):
    return int(value) if value and value.isdigit() and len(value) < 12 else None


# Threads a page: a comment and its replies count as one.
COMMENTS_PER_PAGE = 20


def prototype_page_context(request, project, prototype, comment_form=None, comments_page=None):
    user = request.user
    member = membership(user, project)
    sees_names = user.has_perm("workshops.see_hidden_names", project)
    threads = paged(
        request,
        reads.comment_threads(prototype),
        per_page=COMMENTS_PER_PAGE,
        param="comments",
        number=comments_page,
    )
    return {
        "project": project,
        "prototype": prototype,
        "member": member,
        "versions": reads.versions_for(prototype),
        "threads": threads,
        "comments": reads.with_replies(threads, member=member, sees_names=sees_names),
        # One reply form at a time, under the comment whose "Reply" was chosen.
        "reply_to": _number(request.GET.get("reply_to")),
        "sheets": list(prototype.evaluation_sheets.select_related("session")),
        "rounds": reads.rounds_for(prototype),
        "decisions": list(prototype.decisions.select_related("decision")),
        "comment_form": comment_form or CommentForm(),
        "sees_names": sees_names,
        "moderates": user.has_perm("workshops.moderate_comments", project),
        "runs": user.has_perm("workshops.run_test_rounds", project),
        "decides": user.has_perm("workshops.decide_prototype", project),
        "can_comment": user.has_perm("workshops.add_comment", project),
        "records_outcome": prototype.outcome_id is None
        and prototype.status in behind.LINKABLE
        and user.has_perm("projects.add_outcome", project),
    }


@login_required
@require_http_methods(["GET", "POST"])
def prototype_edit(request, slug, pk):
    project = get_project(request, slug)
    prototype = _prototype(request, project, pk, "workshops.change_prototype")
    initial = {f: getattr(prototype, f) for f in ("title", "description", "kind", "session")}
    form = PrototypeForm(submitted(request), project=project, initial=initial)
    status_form = PrototypeStatusForm(
        submitted(request), initial={"status": prototype.status}, prefix="s"
    )
    if prototype.status in (Prototype.Status.ADOPTED, Prototype.Status.DROPPED):
        status_form = None
    if (
        request.method == "POST"
        and form.is_valid()
        and (status_form is None or status_form.is_valid())
    ):
        fields = dict(form.cleaned_data)
        if status_form is not None:
            fields["status"] = status_form.cleaned_data["status"]
        services.prototype_update(prototype=prototype, by=request.user, fields=fields)
        messages.success(request, "Saved.")
        return redirect(prototype.get_absolute_url())
    prototype.refresh_from_db()
    context = {"project": project, "prototype": prototype, "form": form, "status_form": status_form}
    return render(request, "prototypes/prototype_edit.html", context)


@login_required
@require_http_methods(["GET", "POST"])
def version_new(request, slug, pk):
    project = get_project(request, slug)
    prototype = _prototype(request, project, pk, "workshops.change_prototype")
    form = VersionForm(submitted(request))
    if request.method == "POST" and form.is_valid():
        version = services.prototype_version_add(
            prototype=prototype, by=request.user, **form.cleaned_data
        )
        messages.success(
            request,
            f"Version {version.number} saved. Earlier pictures are kept with their version.",
        )
        return redirect(f"{prototype.get_absolute_url()}#versions")
    context = {"project": project, "prototype": prototype, "form": form}
    return render(request, "prototypes/prototypeversion_new.html", context)


@login_required
@require_http_methods(["GET", "POST"])
def image_new(request, slug, pk):
    project = get_project(request, slug)
    prototype = _prototype(request, project, pk, "workshops.change_prototype")
    people = project.participants.filter(status="active").prefetch_related("consents")
    form = IdeaPictureForm(
        submitted(request), submitted_files(request), people=list(people.order_by("display_name"))
    )
    return picture_upload(
        request,
        form,
        add=functools.partial(services.prototype_image_add, prototype=prototype, by=request.user),
        success="Picture added. Only people in the project can see it.",
        done_url=f"{prototype.get_absolute_url()}#versions",
        template="prototypes/prototypeimage_new.html",
        context={"project": project, "prototype": prototype},
    )


@login_required
@require_GET
def image_file(request, slug, pk, image_pk, size="full"):
    """A picture, only for members of its project (checked on every request)."""
    project = get_project(request, slug)
    prototype = _prototype(request, project, pk)
    picture = get_object_or_404(PrototypeImage, prototype=prototype, pk=image_pk)
    return picture_response(picture, size)


@login_required
@require_http_methods(["GET", "POST"])
def decision_new(request, slug, pk):
    project = get_project(request, slug)
    prototype = _prototype(request, project, pk, "workshops.decide_prototype")
    form = DecisionForm(submitted(request))
    if request.method == "POST" and form.is_valid():
        made = services.prototype_decide(prototype=prototype, by=request.user, **form.cleaned_data)
        messages.success(
            request,
            f"Decision recorded: {made.get_result_display().lower()}. It is in the decision log.",
        )
        return redirect(prototype.get_absolute_url())
    context = {"project": project, "prototype": prototype, "form": form}
    return render(request, "prototypes/prototypedecision_new.html", context)


@login_required
@require_http_methods(["GET", "POST"])
def prototype_outcome_new(request, slug, pk):
    """Record the outcome an idea led to, starting from what the records say about it."""
    project = get_project(request, slug, "projects.add_outcome")
    prototype = _prototype(request, project, pk)
    if prototype.outcome_id:
        messages.info(request, "This idea already led to an outcome. Here it is.")
        return redirect("projects:outcome", slug=project.slug, pk=prototype.outcome_id)
    if prototype.status not in behind.LINKABLE:
        messages.error(
            request,
            "An outcome comes from an idea that was adopted or is being tested. "
            "Record a decision on it first.",
        )
        return redirect(prototype.get_absolute_url())
    form = OutcomeForm(submitted(request), project=project, initial=behind.outcome_draft(prototype))
    if request.method == "POST" and form.is_valid():
        outcome = outcome_create(project=project, by=request.user, **form.cleaned_data)
        messages.success(request, "The outcome is recorded. Staff and managers can now review it.")
        return redirect("projects:outcome", slug=project.slug, pk=outcome.pk)
    context = {"project": project, "form": form, "from_prototype": prototype}
    return render(request, "projects/outcome_form.html", context)
