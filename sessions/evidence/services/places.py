"""Places on the working group, from the round opening to a new member's first day: open a
round, apply or withdraw, the panel's views, the lead's decision and the offer's answer."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from participants.notify import notify
from projects.audit import audit_record
from projects.freshness import changes_project
from projects.roles import MemberStatus, Role
from sessions.models import Application, PanelView, PlacesRound

CLOSED = "Applications for these places closed on {day}. Look out for the next round."
NO_YOUNG_PERSON = "The panel needs at least one young person. Choose a young person for the panel."
TOO_MANY = "You can offer {places} place{s}, but you chose {chosen}. Choose fewer people."


def _day(date):
    return f"{date:%A} {date.day} {date:%B %Y}"


def _link(places_round):
    return places_round.get_absolute_url()


def panel_check(panel):
    if not any(member.role == Role.YOUNG_PERSON for member in panel):
        raise ValidationError(NO_YOUNG_PERSON)


@transaction.atomic
@changes_project(via="project")
def places_round_open(
    *,
    project,
    by,
    places,
    who_may_apply,
    questions,
    closes_on,
    term_starts,
    term_ends,
    panel,
    follows=None,
):
    """Open the round; the people it is for and the panel are told."""
    panel = list(panel)
    panel_check(panel)
    places_round = PlacesRound.objects.create(
        project=project,
        places=places,
        who_may_apply=who_may_apply,
        questions=list(questions),
        closes_on=closes_on,
        term_starts=term_starts,
        term_ends=term_ends,
        follows=follows,
        opened_by=by,
    )
    places_round.panel.set(panel)
    audit_record(actor=by, action="places_round_open", target=places_round, project=project)
    link = _link(places_round)
    for member in panel:
        if member.user_id:
            notify(
                user=member.user,
                project=project,
                subject="You are on the panel for places on the working group",
                body=(
                    f"You are on the panel choosing {places} new member{'s' * (places != 1)} of "
                    f"the working group of {project.title}. Applications close on "
                    f"{_day(closes_on)}; you can read them and say what you think as they come in."
                ),
                link=link,
                action="See the applications",
            )
    for member in _who_hears(places_round, panel):
        notify(
            user=member.user,
            project=project,
            subject="Places on the working group: you can apply",
            body=(
                f"There {'is' if places == 1 else 'are'} {places} place{'s' * (places != 1)} on "
                f"the working group of {project.title}, from {_day(term_starts)} to "
                f"{_day(term_ends)}. Applying takes a few minutes on your phone: "
                f"{len(questions)} short questions. Apply by {_day(closes_on)}."
            ),
            link=link,
            action="Apply for a place",
        )
    return places_round


def _who_hears(places_round, panel):
    """Everyone the round is for, except the panel and people already in the group. A round
    for people sent its link is sent by the lead, not announced."""
    if places_round.who_may_apply == PlacesRound.WhoMayApply.LINK:
        return []
    people = places_round.project.participants.filter(
        status=MemberStatus.ACTIVE, user__isnull=False, in_working_group=False
    ).exclude(pk__in=[member.pk for member in panel])
    if places_round.who_may_apply == PlacesRound.WhoMayApply.YOUNG_PEOPLE:
        people = people.filter(role=Role.YOUNG_PERSON)
    return people.select_related("user")


def _still_open(places_round):
    if not places_round.is_open():
        raise ValidationError(CLOSED.format(day=_day(places_round.closes_on)))


@transaction.atomic
@changes_project(via="places_round")
def application_submit(*, places_round, participant, answers):
    """Apply, or change an application: one application a person a round, whatever they send.
    Applying again after withdrawing brings the application back."""
    places_round = PlacesRound.objects.select_for_update().get(pk=places_round.pk)
    _still_open(places_round)
    now = timezone.now()
    application, made = Application.objects.get_or_create(
        round=places_round,
        participant=participant,
        defaults={"answers": list(answers), "applied_at": now, "changed_at": now},
    )
    if not made:
        if application.status not in (Application.Status.APPLIED, Application.Status.WITHDRAWN):
            raise ValidationError("The panel has already decided on your application.")
        application.answers = list(answers)
        application.status = Application.Status.APPLIED
        application.changed_at = now
        application.save(update_fields=["answers", "status", "changed_at"])
    return application


@transaction.atomic
@changes_project(via="application.round")
def application_withdraw(*, application):
    application = Application.objects.select_for_update().get(pk=application.pk)
    if application.status != Application.Status.APPLIED:
        raise ValidationError("This application can no longer be withdrawn.")
    application.status = Application.Status.WITHDRAWN
    application.changed_at = timezone.now()
    application.save(update_fields=["status", "changed_at"])
    return application


@transaction.atomic
@changes_project(via="application.round")
def panel_view_give(*, application, member, view, note=""):
    """A panel member's view of one application: giving it again changes it."""
    if application.round.decided_at is not None:
        raise ValidationError("The places have been decided, so views can no longer change.")
    given, _ = PanelView.objects.update_or_create(
        application=application,
        member=member,
        defaults={"view": view, "note": note, "given_at": timezone.now()},
    )
    return given
