"""Raising a concern and what the safeguarding leads record about it.

The audit trail notes every change (and every time a lead opens a concern), never its words.
The safeguarding leads hear that a concern needs them, with a link: never what it says.
"""

from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone

from participants.notify import notify, site_url
from projects.audit import audit_record
from projects.freshness import changes_project
from sessions.models import Concern, ConcernAction, Referral
from sessions.safeguarding.selectors.concerns import DESIGNATED_OFFICER, next_working_day
from sessions.safeguarding.selectors.leads import concern_readers

NOTICE = "A new concern needs you"


@transaction.atomic
@changes_project(via="project")
def concern_raise(
    *, project, by, token, category, what_happened, when_text="", people_text="", people=()
):
    """Save a concern once, however many times its form is sent (the form's `token`), and tell
    the safeguarding leads. Returns (concern, whether it is new)."""
    kept = Concern.objects.filter(token=token).first()
    if kept is not None:
        return kept, False
    try:
        with transaction.atomic():
            concern = Concern.objects.create(
                project=project,
                token=token,
                category=category,
                what_happened=what_happened,
                when_text=when_text,
                people_text=people_text,
                raised_by=by,
            )
    except IntegrityError:  # the same form sent at the same moment: the first one counts
        return Concern.objects.get(token=token), False
    concern.people.set(people)
    if concern.is_allegation:
        Referral.objects.create(
            concern=concern,
            to=DESIGNATED_OFFICER,
            due_on=next_working_day(timezone.localdate(concern.raised_at)),
        )
    audit_record(
        actor=by,
        action="concern_raise",
        target=concern,
        project=project,
        detail={"category": category},
    )
    _tell_the_leads(concern)
    return concern, True


def _tell_the_leads(concern):
    path = reverse("safeguarding:concern", kwargs={"slug": concern.project.slug, "pk": concern.pk})
    for reader in concern_readers(concern.project):
        if reader.user is None:
            continue
        notify(
            user=reader.user,
            project=concern.project,
            subject=NOTICE,
            body=f"{NOTICE}. Open it on the site: {site_url(path)}",
            essential=True,
            letter=False,
            text=NOTICE,
            link=path,
            action="Open the concern",
        )


def concern_seen(*, concern, by):
    """Note in the audit trail that someone opened a concern."""
    audit_record(actor=by, action="concern_view", target=concern, project=concern.project)


@transaction.atomic
@changes_project(via="concern")
def concern_action_add(*, concern, by, what, done_by, done_at):
    action = ConcernAction.objects.create(
        concern=concern, what=what, done_by=done_by, done_at=done_at, recorded_by=by
    )
    audit_record(actor=by, action="concern_action_add", target=concern, project=concern.project)
    return action


@transaction.atomic
@changes_project(via="concern")
def referral_add(*, concern, by, to, due_on=None, made_on=None, note=""):
    referral = Referral.objects.create(
        concern=concern, to=to, due_on=due_on, made_on=made_on, note=note, recorded_by=by
    )
    audit_record(actor=by, action="referral_add", target=concern, project=concern.project)
    return referral


@transaction.atomic
@changes_project(via="referral.concern")
def referral_made(*, referral, by, made_on):
    referral.made_on = made_on
    referral.save(update_fields=["made_on"])
    audit_record(
        actor=by, action="referral_made", target=referral.concern, project=referral.concern.project
    )
    return referral


@transaction.atomic
@changes_project(via="concern")
def concern_close(*, concern, by, note, finding=""):
    locked = Concern.objects.select_for_update().get(pk=concern.pk)
    locked.status = Concern.Status.CLOSED
    locked.closing_note = note
    locked.closed_at = timezone.now()
    locked.closed_by = by
    locked.finding = finding
    locked.save(update_fields=["status", "closing_note", "closed_at", "closed_by", "finding"])
    audit_record(actor=by, action="concern_close", target=locked, project=concern.project)
    return locked
