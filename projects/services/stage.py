"""Moving a project between stages. Refusals are exception classes the view maps by type."""

from django.db import transaction
from django.utils import timezone

from projects.models import Project, Stage, StageChange
from projects.registries.stage_moves import stage_moves
from projects.registries.stage_tasks import next_stage, stage_checklist, stage_index


class StageMoveError(Exception):
    """A stage move that the rules do not allow; the message is shown to the lead as it is."""


class StageChangedMeanwhile(StageMoveError):
    def __init__(self, current_stage):
        self.current_stage = current_stage
        super().__init__(
            "The stage was changed by someone else a moment ago; here is where it is now: "
            f"{Stage(current_stage).label}."
        )


class ReasonNeeded(StageMoveError):
    def __init__(self, missing):
        self.missing = missing
        titles = ", ".join(item.title for item in missing)
        super().__init__(
            f"Some tasks needed to move on are not done yet ({titles}). "
            "To move on anyway, write down why."
        )


@transaction.atomic
def project_move_stage(*, project, to_stage, by, reason="", expected_stage=None):
    """Move the project one stage on, or back to any earlier stage, and record the change.

    `expected_stage` is the stage the person was looking at (the project object's own stage when
    not given). The project row is locked, so when two leads move it at once the second finds
    the stage changed and is told, rather than skipping or repeating a stage.
    Moving on before the stage's required tasks are done needs a reason and is marked forced.
    """
    expected_stage = Stage(expected_stage or project.stage)
    to_stage = Stage(to_stage)
    reason = reason.strip()
    locked = Project.objects.select_for_update().get(pk=project.pk)
    if locked.stage != expected_stage:
        raise StageChangedMeanwhile(locked.stage)

    forced = False
    moving_on = stage_index(to_stage) > stage_index(locked.stage)
    if to_stage == locked.stage:
        raise StageMoveError(f"The project is already at “{to_stage.label}”.")
    if stage_index(to_stage) > stage_index(locked.stage):
        if to_stage != next_stage(locked.stage):
            raise StageMoveError(
                "A project moves on one stage at a time, so that nothing is missed."
            )
        missing = stage_checklist(locked).missing_required
        if missing and not reason:
            raise ReasonNeeded(missing)
        forced = bool(missing)

    change = StageChange.objects.create(
        project=locked,
        from_stage=locked.stage,
        to_stage=to_stage,
        by=by,
        at=timezone.now(),
        reason=reason,
        forced=forced,
    )
    locked.stage = to_stage
    locked.save(update_fields=["stage", "updated_at"])
    project.stage = locked.stage
    project.updated_at = locked.updated_at
    if moving_on:
        stage_moves.reached(project=locked, stage=to_stage, by=by)
    return change
