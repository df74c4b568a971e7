"""The page anyone can see when a lead makes a project public.

It shows what the project is and what it has done, and nothing about the people in it: no
names, no contact details, no head counts. A private project has no public page at all, even
for its own members.
"""

from django.shortcuts import get_object_or_404, render
from django.utils.text import Truncator
from django.views.decorators.http import require_GET

from codesign.paging import paged
from projects.models import Project, Stage
from projects.views.kept_pages import kept_for_visitors

UPDATES_PER_PAGE = 10
DEFAULT_DESCRIPTION = "A project designing a service together with the people who use it."

STAGE_EXPLAINED = {
    Stage.SETUP: "The partners are getting the project ready.",
    Stage.INVITING: "Local leads are inviting people to take part.",
    Stage.DESIGNING: "Everyone meets in sessions to share experiences and shape ideas together.",
    Stage.PROTOTYPING: "People are making rough versions of their ideas to try them out.",
    Stage.TESTING: "People are trying out the ideas and saying what works.",
    Stage.OUTCOMES: "The ideas that worked are being put into practice.",
    Stage.WORKING_GROUP: "A working group keeps the work going, with young people in it.",
}


def meta_description(project):
    text = project.summary or project.aim or DEFAULT_DESCRIPTION
    return Truncator(" ".join(text.split())).chars(160)


@require_GET
@kept_for_visitors("public-page")
def project(request, slug):
    project = get_object_or_404(Project.objects.public(), slug=slug)
    # Contact people and their emails are not even loaded.
    partners = project.partners.select_related("organisation").only(
        "roles", "project_id", "organisation__name", "organisation__website"
    )
    updates = paged(
        request,
        project.updates.filter(is_public=True).only("title", "body", "published_at", "project_id"),
        per_page=UPDATES_PER_PAGE,
    )
    resources = paged(
        request,
        project.resources.filter(is_public=True).only(
            "title", "description", "content_type", "size", "project_id"
        ),
        param="files",
    )
    is_member = request.user.has_perm("projects.view_project", project)
    return render(
        request,
        "projects/project_public.html",
        {
            "project": project,
            "stage_explained": STAGE_EXPLAINED.get(project.stage, ""),
            "partners": partners,
            "updates": updates,
            "resources": resources,
            "is_member": is_member,
            "meta_description": meta_description(project),
        },
    )
