"""Which period applies to which records: the default, or the organisation's own; and what a
legal hold keeps.

A project's organisation is the partner that leads it. Records that belong to no project
(accounts, messages) follow the default period.
"""

from dataclasses import dataclass, field

from projects.models import LegalHold, Partner, RetentionOverride


@dataclass(frozen=True)
class Holds:
    projects: frozenset = frozenset()
    people: frozenset = frozenset()

    @classmethod
    def in_force(cls):
        rows = LegalHold.objects.in_force().values_list("project_id", "person_id")
        return cls(
            projects=frozenset(p for p, _ in rows if p is not None),
            people=frozenset(u for _, u in rows if u is not None),
        )


@dataclass(frozen=True)
class Scope:
    """The records one run of a `find` may return: those of `only_projects` (when set), not of
    `except_projects`, and nothing held."""

    holds: Holds = field(default_factory=Holds)
    only_projects: frozenset | None = None
    except_projects: frozenset = frozenset()

    def narrow(self, queryset, *, project="project", people=(), project_optional=False):
        """Keep in `queryset` only what this scope covers. `project` is the lookup to the
        record's project; `people` the lookups to users whose hold keeps the record."""
        if self.only_projects is not None:
            queryset = queryset.filter(**{f"{project}__in": self.only_projects})
        excluded = self.except_projects | self.holds.projects
        if excluded:
            # exclude() on a nullable lookup keeps the rows without a project, as wanted.
            queryset = queryset.exclude(**{f"{project}__in": excluded})
        for lookup in people:
            if self.holds.people:
                queryset = queryset.exclude(**{f"{lookup}__in": self.holds.people})
        return queryset

    def holds_project(self, project_id):
        return project_id in self.holds.projects

    def covers_project(self, project_id):
        if project_id in self.holds.projects or project_id in self.except_projects:
            return False
        return self.only_projects is None or project_id in self.only_projects


def organisation_periods(record_key):
    """{organisation id: months} for the organisations that set their own period."""
    return dict(
        RetentionOverride.objects.filter(record_key=record_key).values_list(
            "organisation_id", "months"
        )
    )


def lead_organisations(organisation_ids=None, project_ids=None):
    """{project id: organisation id} of the partner leading each project."""
    partners = Partner.objects.all()
    if organisation_ids is not None:
        partners = partners.filter(organisation_id__in=organisation_ids)
    if project_ids is not None:
        partners = partners.filter(project_id__in=project_ids)
    leading = {}
    for project_id, organisation_id, roles in partners.values_list(
        "project_id", "organisation_id", "roles"
    ).order_by("pk"):
        if Partner.roles_lead(roles):
            leading.setdefault(project_id, organisation_id)
    return leading


def runs_for(record_type, holds):
    """[(months, scope), …]: the default period for every project that keeps the default,
    then each period an organisation chose, for that organisation's projects."""
    if not record_type.per_project:
        return [(record_type.months, Scope(holds=holds))]
    periods = organisation_periods(record_type.key)
    if not periods:
        return [(record_type.months, Scope(holds=holds))]
    leading = lead_organisations(periods)
    by_months = {}
    for project_id, organisation_id in leading.items():
        by_months.setdefault(periods[organisation_id], set()).add(project_id)
    overridden = frozenset(leading)
    runs = [(record_type.months, Scope(holds=holds, except_projects=overridden))]
    for months, projects in sorted(by_months.items()):
        runs.append((months, Scope(holds=holds, only_projects=frozenset(projects))))
    return runs
