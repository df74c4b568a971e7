"""The retention schedule itself: written down in docs/ from the registry, organisations'
periods within the legal floor, the command and its dry run, and a run that is stopped half way
then run again."""

import dataclasses
import datetime
from io import StringIO

import pytest
from django.core.exceptions import ValidationError
from django.core.management import CommandError, call_command
from django.utils import timezone

from projects.audit import audit_record
from projects.models import AuditEntry, LegalHold, Organisation, RetentionOverride
from projects.registries.retention import months_before, retention
from projects.retention.docs import docs_path, schedule_markdown
from projects.retention.run import retention_apply
from projects.retention.tasks import apply_retention_schedule
from tests.factories import ProjectFactory, UserFactory


def test_the_written_schedule_matches_the_code():
    assert docs_path().read_text() == schedule_markdown(), (
        "docs/retention.md is out of date: run `python manage.py retention_docs`."
    )


def test_every_record_type_says_what_it_is_why_and_who_sees_it():
    keys = {record_type.key for record_type in retention.all()}
    assert {
        "accounts",
        "offline_people",
        "support_needs",
        "photos_inside",
        "photos_reports",
        "photos_public",
        "prototype_pictures_inside",
        "prototype_pictures_reports",
        "prototype_pictures_public",
        "outcome_photos",
        "claims",
        "concerns_welfare",
        "concerns_allegations_not_found",
        "concerns_allegations",
        "messages",
        "audit_entries",
        "session_safety_info",
        "how_was_today",
    } <= keys
    for record_type in retention.all():
        assert record_type.name and record_type.why and record_type.who_sees
        assert record_type.months > 0 or record_type.days > 0
    assert retention.get("claims").floor_months == 72


def test_months_before_keeps_the_day_or_the_end_of_the_month():
    assert months_before(datetime.date(2026, 3, 31), 1) == datetime.date(2026, 2, 28)
    assert months_before(datetime.date(2026, 1, 15), 24) == datetime.date(2024, 1, 15)
    assert months_before(datetime.date(2026, 1, 15), -2) == datetime.date(2026, 3, 15)


@pytest.fixture
def council(db):
    return Organisation.objects.create(name="Argyll Council")


def test_an_organisation_may_keep_finance_longer(council):
    RetentionOverride(organisation=council, record_key="claims", months=120).full_clean()


def test_an_organisation_may_not_go_below_the_finance_floor(council):
    with pytest.raises(ValidationError, match="at least 6 years"):
        RetentionOverride(organisation=council, record_key="claims", months=60).full_clean()


@pytest.mark.parametrize("key", ["no_such_thing", "accounts", "messages"])
def test_only_a_project_record_may_have_an_organisation_period(council, key):
    with pytest.raises(ValidationError, match="Choose a kind of record"):
        RetentionOverride(organisation=council, record_key=key, months=12).full_clean()


def old_entry(project=None, actor=None):
    entry = audit_record(actor=actor, action="test", target=ProjectFactory(), project=project)
    AuditEntry.objects.filter(pk=entry.pk).update(
        at=timezone.make_aware(datetime.datetime(2019, 6, 1, 9))
    )
    return entry


def test_audit_entries_go_after_six_years_unless_held(db):
    held_project, held_person = ProjectFactory(), UserFactory()
    plain, of_held_project = old_entry(), old_entry(project=held_project)
    by_held_person = old_entry(actor=held_person)
    LegalHold.objects.create(project=held_project, reason="A claim in court.")
    LegalHold.objects.create(person=held_person, reason="A complaint.")
    retention_apply(on=datetime.date(2025, 6, 1))
    assert AuditEntry.objects.filter(pk=plain.pk).exists()
    retention_apply(on=datetime.date(2025, 6, 2))
    assert not AuditEntry.objects.filter(pk=plain.pk).exists()
    assert AuditEntry.objects.filter(pk__in=[of_held_project.pk, by_held_person.pk]).count() == 2


def test_the_dry_run_lists_and_changes_nothing(db):
    entry = old_entry()
    out = StringIO()
    call_command("apply_retention", "--dry-run", "--on", "2025-06-02", stdout=out)
    assert "What would go on 02 June 2025" in out.getvalue()
    assert f"audit entry {entry.pk}" in out.getvalue()
    assert AuditEntry.objects.filter(pk=entry.pk).exists()


def test_the_command_removes_what_is_due(db):
    entry = old_entry()
    out = StringIO()
    call_command("apply_retention", "--on", "2025-06-02", stdout=out)
    assert not AuditEntry.objects.filter(pk=entry.pk).exists()
    assert "Removed" in out.getvalue()


def test_the_command_refuses_a_date_it_cannot_read(db):
    with pytest.raises(CommandError, match="YYYY-MM-DD"):
        call_command("apply_retention", "--dry-run", "--on", "2025-13-40")


def test_the_task_runs_for_today_when_no_day_is_given(db):
    old_entry()
    assert apply_retention_schedule.enqueue().return_value >= 1


def test_stopped_half_way_then_run_again_ends_the_same(db):
    first, second = old_entry(), old_entry()
    audit = retention.get("audit_entries")

    def fails(records):
        raise RuntimeError("The database went away.")

    retention.add(
        **{f.name: getattr(audit, f.name) for f in dataclasses.fields(audit)} | {"remove": fails}
    )
    try:
        with pytest.raises(RuntimeError):
            retention_apply(on=datetime.date(2025, 6, 2))
    finally:
        retention.add(**{f.name: getattr(audit, f.name) for f in dataclasses.fields(audit)})
    assert AuditEntry.objects.filter(pk__in=[first.pk, second.pk]).count() == 2
    retention_apply(on=datetime.date(2025, 6, 2))
    retention_apply(on=datetime.date(2025, 6, 2))
    assert not AuditEntry.objects.filter(pk__in=[first.pk, second.pk]).exists()
