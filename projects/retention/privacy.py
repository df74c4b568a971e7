"""What a project's privacy page says: for each kind of record the project holds, why, who
may see it (asked of the permission rules with a stand-in member of each role, so the page
follows the rules as they are) and how long it is kept here (the organisation's period, when
it set one)."""

import copy
from dataclasses import dataclass

import rules
from django.contrib.auth import get_user_model
from django.db.models import IntegerField, QuerySet, Subquery

from projects.models import LegalHold, Project, RetentionOverride
from projects.registries.retention import retention
from projects.roles import ROLE_WORDS, MemberStatus, Role

# Stand-in people have ids no saved row can have, so no rule mistakes them for a real person.
STAND_IN_IDS = {role: -(index + 1) for index, role in enumerate(Role)}


@dataclass(frozen=True)
class PrivacyRow:
    record_type: object
    roles: list | None  # role words that may see it; None when it is not a project's record
    months: int
    own_period: bool
    held: int | None  # how many the project holds now; None when not counted here

    @property
    def kept_for(self):
        return self.record_type.period_words(self.months)

    @property
    def default_words(self):
        return self.record_type.length_words()


def roles_allowed(permission, project, example=None):
    """The roles (in order) whose members hold `permission` in this project, asked of the rules
    for one stand-in member of each role, on `example(project)` or the project itself."""
    User = get_user_model()
    asked = copy.copy(project)
    asked.__dict__.pop("_membership_cache", None)
    cache = asked.__dict__.setdefault("_membership_cache", {})
    allowed = []
    for role in Role:
        user = User(pk=STAND_IN_IDS[role], is_active=True)
        cache[user.pk] = project.participants.model(
            pk=STAND_IN_IDS[role], project=asked, user=user, role=role, status=MemberStatus.ACTIVE
        )
        target = example(asked) if example else asked
        if rules.has_perm(permission, user, target):
            allowed.append(ROLE_WORDS[role][1])
    return allowed


def leading_organisation(project):
    """The organisation whose periods apply to the project (the partner leading it), or None."""
    partners = project.partners.select_related("organisation").order_by("pk")
    return next((partner.organisation for partner in partners if partner.leads), None)


class _Counted(Subquery):
    """How many rows a queryset has, as a value in another query."""

    template = "(SELECT COUNT(*) FROM (%(subquery)s) counted)"
    output_field = IntegerField()


def held_counts(project):
    """{record key: how many the project holds now}, for each kind of record that says: the
    querysets all counted in one query."""
    held, together = {}, {}
    for record_type in retention.all():
        if record_type.held is None:
            continue
        found = record_type.held(project)
        if isinstance(found, QuerySet):
            together[record_type.key] = _Counted(found.order_by().values("pk"))
        else:
            held[record_type.key] = found
    if together:
        names = {f"held_{index}": key for index, key in enumerate(together)}
        row = (
            Project.objects.filter(pk=project.pk)
            .values(**{name: together[key] for name, key in names.items()})
            .get()
        )
        held |= {key: row[name] for name, key in names.items()}
    return held


def privacy_rows(project, organisation):
    organisation_id = organisation.pk if organisation else None
    own = dict(
        RetentionOverride.objects.filter(organisation_id=organisation_id).values_list(
            "record_key", "months"
        )
    )
    held = held_counts(project)
    rows = []
    for record_type in retention.all():
        months = record_type.months
        if record_type.per_project:
            months = own.get(record_type.key, months)
        roles = None
        if record_type.permission:
            roles = roles_allowed(record_type.permission, project, record_type.example)
        rows.append(
            PrivacyRow(
                record_type=record_type,
                roles=roles,
                months=months,
                own_period=months != record_type.months,
                held=held.get(record_type.key),
            )
        )
    return rows


def holds_on(project):
    return list(LegalHold.objects.in_force().filter(project=project).select_related("placed_by"))
