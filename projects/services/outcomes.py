"""Writes about outcomes: recording, changing, reviews by staff and putting into practice."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from projects.audit import audit_record
from projects.freshness import project_changed, project_changed_by_id
from projects.models import Outcome, OutcomeReview
from projects.registries.outcome_links import outcome_links
from projects.registries.outcome_news import news

FIELDS = ("title", "kind", "you_said", "we_did", "what_changed", "evidence")


@transaction.atomic
def outcome_create(*, project, by, decisions=(), **fields):
    """Record an outcome. `fields` may also carry the values of `outcome_links` (the ideas and
    prototypes behind it), which are saved in the same transaction."""
    links = outcome_links.take(fields)
    outcome = Outcome.objects.create(
        project=project, recorded_by=by, **{name: fields.get(name, "") for name in FIELDS}
    )
    outcome.decisions.set(_own_decisions(project, decisions))
    outcome_links.save(outcome, links)
    audit_record(actor=by, action="outcome_create", target=outcome, project=project)
    project_changed(project)
    news.tell_reviewers(outcome, by=by)
    return outcome


@transaction.atomic
def outcome_update(*, outcome, by, decisions=(), **fields):
    """Change what the outcome says. A changed outcome is a new version to review."""
    links = outcome_links.take(fields)
    outcome = Outcome.objects.select_for_update().get(pk=outcome.pk)
    for name in FIELDS:
        setattr(outcome, name, fields.get(name, getattr(outcome, name)))
    outcome.revision += 1
    outcome.save()
    outcome.decisions.set(_own_decisions(outcome.project, decisions))
    outcome_links.save(outcome, links)
    audit_record(actor=by, action="outcome_update", target=outcome, project=outcome.project)
    project_changed(outcome.project)
    news.tell_reviewers(outcome, by=by, changed=True)
    return outcome


@transaction.atomic
def outcome_delete(*, outcome):
    """Delete an outcome (only the admin site does); its photos' files leave storage once this
    is committed (codesign.runtime.stored_files)."""
    project_changed_by_id(outcome.project_id)
    outcome.delete()


def _own_decisions(project, decisions):
    return [decision for decision in decisions if decision.project_id == project.pk]


@transaction.atomic
def outcome_review(*, outcome, by, verdict, note=""):
    """Record one person's review of the outcome as it reads now.

    The first agreement moves a proposed outcome to "agreed" and tells the people behind it.
    Reviewing the same version twice is refused: change the outcome first.
    """
    outcome = Outcome.objects.select_for_update().select_related("project").get(pk=outcome.pk)
    if OutcomeReview.objects.filter(outcome=outcome, reviewer=by, revision=outcome.revision):
        raise ValidationError(
            "You have already reviewed this outcome. You can review it again after it is changed."
        )
    if verdict == OutcomeReview.Verdict.AGREE and outcome.recorded_by_id == by.pk:
        raise ValidationError(
            "You recorded this outcome, so someone else must agree that it happened."
        )
    if verdict == OutcomeReview.Verdict.CHANGES and not note.strip():
        raise ValidationError("Say what should change, so the people who recorded it can act.")
    review = OutcomeReview.objects.create(
        outcome=outcome, reviewer=by, revision=outcome.revision, verdict=verdict, note=note
    )
    audit_record(
        actor=by,
        action="outcome_review",
        target=outcome,
        project=outcome.project,
        detail={"verdict": verdict},
    )
    project_changed(outcome.project)
    if verdict == OutcomeReview.Verdict.CHANGES and outcome.recorded_by_id != by.pk:
        news.tell_one(
            outcome.recorded_by,
            outcome,
            subject=f"Changes asked for: “{outcome.title}”",
            body=f"{by.name} reviewed the outcome you recorded and asked for changes:\n\n"
            f"{note.strip()}",
            action="Change the outcome",
        )
    if verdict == OutcomeReview.Verdict.AGREE and outcome.status == Outcome.Status.PROPOSED:
        outcome.status = Outcome.Status.AGREED
        outcome.agreed_on = timezone.localdate()
        outcome.save(update_fields=["status", "agreed_on"])
        _tell(outcome, "is agreed", "Staff reviewed it and agreed that it happened.")
    return review


@transaction.atomic
def outcome_mark_in_practice(*, outcome, by, since):
    """An agreed outcome is now part of how things are done, from `since`."""
    outcome = Outcome.objects.select_for_update().select_related("project").get(pk=outcome.pk)
    if outcome.status == Outcome.Status.PROPOSED:
        raise ValidationError("An outcome is put into practice once staff have agreed it.")
    if outcome.status == Outcome.Status.IN_PRACTICE:
        raise ValidationError("This outcome is already in practice.")
    if since > timezone.localdate():
        raise ValidationError("The date it started cannot be in the future.")
    if outcome.agreed_on and since < outcome.agreed_on:
        raise ValidationError("It cannot start before it was agreed.")
    outcome.status = Outcome.Status.IN_PRACTICE
    outcome.in_practice_since = since
    outcome.save(update_fields=["status", "in_practice_since"])
    audit_record(
        actor=by, action="outcome_mark_in_practice", target=outcome, project=outcome.project
    )
    project_changed(outcome.project)
    _tell(outcome, "is in practice", f"It has been in practice since {since:%-d %B %Y}.")
    return outcome


def _tell(outcome, what, detail):
    # The message carries the outcome's link (its button in the inbox, a full address in email).
    news.tell(
        outcome,
        subject=f"“{outcome.title}” {what}",
        body=(
            f"Something you helped to shape in {outcome.project.title} {what}: "
            f"{outcome.title}.\n\n{detail}"
        ),
    )
