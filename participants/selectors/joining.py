"""Reads about joining with a project's open link."""

from participants.identity.codes import OPEN_JOIN_CODE_LENGTH
from projects.models import Project
from projects.roles import OPEN_JOIN_ROLE_CHOICES, Role, ordered_roles


def open_join_roles(project):
    return [Role(role) for role in ordered_roles(project.open_join_roles, OPEN_JOIN_ROLE_CHOICES)]


def find_open_join_project(code):
    if len(code) != OPEN_JOIN_CODE_LENGTH:
        return None
    return Project.objects.filter(open_join_enabled=True, open_join_code=code).first()
