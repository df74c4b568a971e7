"""Deciding the places on the working group, answering an offer, and the note outgoing members
leave for the people who take their places."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from participants.models import GroupTerm
from participants.notify import notify
from participants.services.membership import participant_set_working_group
from projects.audit import audit_record
from projects.freshness import changes_project
from projects.roles import MemberStatus, Role
from sessions.evidence.services.places import TOO_MANY, _day
from sessions.models import Application, PlacesRound


@transaction.atomic
@changes_project(via="places_round")
def places_decide(*, places_round, by, offered):
    """Offer places to the chosen applicants, up to the number of places; everyone else who
    applied hears that there was no place for them this time. Each applicant is told."""
    places_round = PlacesRound.objects.select_for_update().get(pk=places_round.pk)
    if places_round.decided_at is not None:
        raise ValidationError("These places have already been decided.")
    waiting = places_round.applications.filter(status=Application.Status.APPLIED)
    chosen = {application.pk for application in offered}
    if not chosen:
        raise ValidationError("Choose at least one person to offer a place to.")
    if len(chosen) > places_round.places:
        raise ValidationError(
            TOO_MANY.format(
                places=places_round.places, s="s" * (places_round.places != 1), chosen=len(chosen)
            )
        )
    now = timezone.now()
    places_round.decided_at = now
    places_round.save(update_fields=["decided_at"])
    project = places_round.project
    for application in waiting.select_related("participant__user"):
        is_offered = application.pk in chosen
        application.status = (
            Application.Status.OFFERED if is_offered else Application.Status.NOT_OFFERED
        )
        application.changed_at = now
        application.save(update_fields=["status", "changed_at"])
        if application.participant.user_id:
            _tell_outcome(places_round, application, is_offered)
    audit_record(
        actor=by,
        action="places_decide",
        target=places_round,
        project=project,
        detail={"offered": len(chosen)},
    )
    return places_round


def _tell_outcome(places_round, application, is_offered):
    project = places_round.project
    if is_offered:
        subject = "You have been offered a place on the working group"
        body = (
            f"Good news: the panel would like you to join the working group of {project.title}, "
            f"from {_day(places_round.term_starts)} to {_day(places_round.term_ends)}. "
            "Please say yes or no to the place."
        )
        action = "Say yes or no"
    else:
        subject = "About your application to the working group"
        body = (
            f"Thank you for applying to the working group of {project.title}. There were more "
            "people than places, and this time there is not a place for you. Please keep taking "
            "part: there will be more places when members' terms end."
        )
        action = "See your application"
    notify(
        user=application.participant.user,
        project=project,
        subject=subject,
        body=body,
        link=places_round.get_absolute_url(),
        action=action,
    )


@transaction.atomic
@changes_project(via="application.round")
def offer_reply(*, application, accept):
    """Yes makes the person a member of the working group for the round's term; leads hear."""
    application = Application.objects.select_for_update().get(pk=application.pk)
    if application.status != Application.Status.OFFERED:
        raise ValidationError("There is no offer waiting for your answer.")
    places_round = application.round
    participant = application.participant
    if accept:
        participant_set_working_group(participant=participant, by=participant.user, in_group=True)
        application.term = GroupTerm.objects.create(
            participant=participant,
            starts_on=places_round.term_starts,
            ends_on=places_round.term_ends,
        )
        application.status = Application.Status.ACCEPTED
    else:
        application.status = Application.Status.DECLINED
    application.changed_at = timezone.now()
    application.save(update_fields=["status", "term", "changed_at"])
    _tell_leads(application, accept)
    return application


def _tell_leads(application, accept):
    project = application.round.project
    name = application.participant.display_name
    what = "said yes to" if accept else "turned down"
    leads = project.participants.filter(
        role=Role.LEAD, status=MemberStatus.ACTIVE, user__isnull=False
    ).select_related("user")
    for lead in leads:
        notify(
            user=lead.user,
            project=project,
            subject=f"{name} {what} a place on the working group",
            body=f"{name} {what} the place offered on the working group of {project.title}.",
            link=application.round.get_absolute_url(),
            action="See the places",
        )


@transaction.atomic
@changes_project(via="term.participant")
def handover_note_write(*, term, note):
    """The note an outgoing member leaves for the next members; they see it on the group's
    page. Writing it again replaces it."""
    term.handover_note = note
    term.note_written_at = timezone.now()
    term.save(update_fields=["handover_note", "note_written_at"])
    return term
