"""Small named facts about a user and a project, combined into permissions in rules.py.

Every predicate takes (user, obj) where obj is a Project or anything with a `project`
attribute, so the same predicates serve sessions, prototypes and claims.
"""

import rules
from django.conf import settings

from projects.models import Project
from projects.roles import MemberStatus, Role


def project_of(obj):
    if obj is None or isinstance(obj, Project):
        return obj
    return obj.project


def membership(user, project):
    """The user's active Participant row in the project, or None.

    Looked up once per user and project object: one request asks many permissions.
    """
    if project is None or user is None or not user.is_authenticated:
        return None
    cache = project.__dict__.setdefault("_membership_cache", {})
    if user.pk not in cache:
        cache[user.pk] = project.participants.filter(user=user, status=MemberStatus.ACTIVE).first()
    return cache[user.pk]


def remember_membership(project, user, participant):
    """Tell the cache what we already know (saves a query after a join or a create)."""
    project.__dict__.setdefault("_membership_cache", {})[user.pk] = participant


@rules.predicate
def is_member(user, obj):
    return membership(user, project_of(obj)) is not None


def has_role(*roles):
    roles = frozenset(roles)
    name = "has_role:" + ",".join(sorted(roles))

    @rules.predicate(name=name)
    def predicate(user, obj):
        member = membership(user, project_of(obj))
        return member is not None and member.role in roles

    return predicate


is_lead = has_role(Role.LEAD)
is_local_lead = has_role(Role.LOCAL_LEAD)
is_facilitator = has_role(Role.FACILITATOR)
is_young_person = has_role(Role.YOUNG_PERSON)
is_frontline_staff = has_role(Role.STAFF)
is_manager = has_role(Role.MANAGER)


@rules.predicate
def is_public_project(user, obj):
    project = project_of(obj)
    return project is not None and project.is_public


@rules.predicate
def is_marked_public(user, obj):
    """The item itself (an update, a file) is marked for the public, not only its project."""
    return obj is not None and not isinstance(obj, Project) and bool(obj.is_public)


@rules.predicate
def may_start_projects(user):
    """Anyone signed in, unless the site lets only organisers start projects."""
    if not user.is_authenticated:
        return False
    return settings.PROJECT_CREATORS == "anyone" or bool(getattr(user, "is_organiser", False))


@rules.predicate
def is_site_staff(user):
    """A site administrator (staff sign-in), whatever their place in any project."""
    return bool(user and user.is_authenticated and user.is_active and user.is_staff)


def organisation_place(user, organisation):
    """The user's OrganisationMember row in the organisation, or None; looked up once per
    user and organisation object."""
    if organisation is None or user is None or not user.is_authenticated:
        return None
    cache = organisation.__dict__.setdefault("_member_cache", {})
    if user.pk not in cache:
        cache[user.pk] = organisation.members.filter(user=user).first()
    return cache[user.pk]


@rules.predicate
def is_organisation_member(user, organisation):
    return organisation_place(user, organisation) is not None


@rules.predicate
def is_organisation_lead(user, organisation):
    place = organisation_place(user, organisation)
    return place is not None and place.is_lead


@rules.predicate
def is_organisation_safeguarding_lead(user, organisation):
    place = organisation_place(user, organisation)
    return place is not None and place.is_safeguarding_lead
