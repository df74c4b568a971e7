"""Reads for the training pages."""

from django.db.models import Count, Prefetch

from projects.roles import MemberStatus, Role
from sessions.meetings.models import Kind
from sessions.models import Completion, Delivery, TrainingModule, TrainingStep


def module_list(project, *, with_drafts):
    """The project's modules with their number of steps and of people who finished each;
    drafts only for the people who write training."""
    modules = project.training.annotate(
        step_count=Count("steps", distinct=True),
        done_count=Count("completions", distinct=True),
    ).order_by("title", "pk")
    return modules if with_drafts else modules.filter(published_at__isnull=False)


def modules_done_by(member):
    """The ids of the modules this member has finished."""
    if member is None:
        return set()
    return set(member.training_completions.values_list("module_id", flat=True))


def module_for_page(project):
    """One module with what its page shows: steps with pictures, statements, files, sessions."""
    deliveries = Delivery.objects.select_related("session").prefetch_related(
        "trainers", "co_trainers"
    )
    return TrainingModule.objects.filter(project=project).prefetch_related(
        Prefetch("steps", TrainingStep.objects.select_related("picture")),
        "statements",
        "materials",
        Prefetch("deliveries", deliveries.order_by("session__starts_at")),
    )


def has_finished(module, member):
    return completion_of(module, member) is not None


def completion_of(module, member):
    """The member's completion of the module, or None."""
    if member is None:
        return None
    return Completion.objects.filter(module=module, participant=member).first()


def training_sessions(project):
    """Sessions of the kind "Training" a module can be delivered in, soonest first."""
    return project.sessions.filter(kind=Kind.TRAINING).order_by("starts_at", "pk")


def possible_trainers(project):
    return project.participants.filter(status=MemberStatus.ACTIVE).order_by("display_name", "pk")


def possible_co_trainers(project):
    return possible_trainers(project).filter(role=Role.YOUNG_PERSON)
