"""{% project_header %}: the project's name and menu above every page of a project."""

from django import template

from projects.models import Project
from projects.predicates import membership
from projects.registries.project_menu import project_menu

register = template.Library()


@register.inclusion_tag("includes/project_header.html", takes_context=True)
def project_header(context):
    project = context.get("project")
    request = context.get("request")
    if not isinstance(project, Project) or request is None:
        return {"menu": None}
    match = request.resolver_match
    user = request.user
    if match is None or match.namespace == "public":
        return {"menu": None}
    if not user.has_perm("projects.view_project", project):
        return {"menu": None}
    member = membership(user, project)
    menu = project_menu.for_viewer(project, user, member, request.path, match.view_name)
    return {"menu": menu, "project": project}
