"""The reference story's project, told in chapters that `manage.py seed_demo` calls in
order. The story's words and numbers are in `projects/seed/demo_story.py`."""

import io
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from PIL import Image, ImageDraw, ImageFont

from projects.models import Decision, GlossaryTerm, Project, StageChange
from projects.seed import demo_evidence as story_evidence
from projects.seed import demo_story as story

DEMO_SLUG = "redesigning-support-for-care-leavers"


# The story runs over the past year and has half a year to go, whatever today is.
DEMO_STARTED_DAYS_AGO = 365


DEMO_ENDS_IN_DAYS = 180


def days_ago(days, hour=12, minute=0):
    """A time `days` before today, at hour:minute London time."""
    day = timezone.localdate() - timedelta(days=days)
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=ZoneInfo("Europe/London"))


def seed_project(*, lead):
    project, _ = Project.objects.update_or_create(
        slug=DEMO_SLUG,
        defaults={
            "title": "Redesigning Support for Care Leavers",
            "summary": (
                "A research institute, a charity and a council working with young care leavers, "
                "frontline staff and managers to design support for the emotional and social "
                "needs of care leavers moving into adult life in a rural area."
            ),
            "created_by": lead,
        },
    )
    return project


def seed_public_page(project, *, lead):
    """Fill in the project's settings, make it public, and add its updates and a file.

    Running it again changes nothing: updates and the file are found by their titles.
    """
    Project.objects.filter(pk=project.pk).update(
        aim=(
            "Meet the emotional and social needs of care leavers as they move into adult life, "
            "by designing support together with them rather than for them."
        ),
        area="Argyll and Bute",
        starts_on=timezone.localdate() - timedelta(days=DEMO_STARTED_DAYS_AGO),
        ends_on=timezone.localdate() + timedelta(days=DEMO_ENDS_IN_DAYS),
        payment_policy=story.DEMO_PAYMENT_POLICY,
        is_public=True,
    )
    project.refresh_from_db()
    for title, body, is_public, published in story.DEMO_UPDATES:
        project.updates.get_or_create(
            title=title,
            defaults={
                "body": body,
                "is_public": is_public,
                "author": lead,
                "published_at": days_ago(*published),
            },
        )
    if not project.resources.filter(title=story.DEMO_RESOURCE_TITLE).exists():
        content = story.DEMO_RESOURCE_TEXT.encode()
        resource = project.resources.create(
            title=story.DEMO_RESOURCE_TITLE,
            description="What people said and what we agreed to try. For people in the project.",
            is_public=False,
            file=ContentFile(content, name="notes.txt"),
            original_filename="first-session-notes.txt",
            content_type="text/plain; charset=utf-8",
            size=len(content),
            uploaded_by=lead,
        )
        resource.uploaded_at = days_ago(328, 17)
        resource.save(update_fields=["uploaded_at"])
    return project


def seed_stage_history(project, *, lead):
    """Walk the project through its stages over the past year. Left alone once it has a
    history, so running the demo again changes nothing."""
    if project.stage_changes.exists():
        return
    now = timezone.now().replace(hour=18, minute=0, second=0, microsecond=0)
    for days_ago, from_stage, to_stage, reason, forced in story.DEMO_STAGE_MOVES:
        StageChange.objects.create(
            project=project,
            from_stage=from_stage,
            to_stage=to_stage,
            by=lead,
            at=now - timedelta(days=days_ago),
            reason=reason,
            forced=forced,
        )
    project.stage = story.DEMO_STAGE_MOVES[-1][2]
    project.save(update_fields=["stage", "updated_at"])


def seed_decisions(project, *, recorded_by):
    today = timezone.localdate()
    for what, proposed_by, decided_by, voted, result, days_ago in story.DEMO_DECISIONS:
        Decision.objects.get_or_create(
            project=project,
            what=what,
            defaults={
                "proposed_by": proposed_by,
                "decided_by": decided_by,
                "young_people_voted": voted,
                "result": result,
                "decided_on": today - timedelta(days=days_ago),
                "recorded_by": recorded_by,
            },
        )


def seed_project_words(project, *, created_by):
    for term, meaning in story.DEMO_PROJECT_WORDS:
        GlossaryTerm.objects.get_or_create(
            project=project,
            term__iexact=term,
            defaults={"term": term, "plain_meaning": meaning, "created_by": created_by},
        )


def seed_partnership(project, lead):
    """Partners, funding and spending from the reference story. Safe to run again."""
    from projects.models import FundingContribution, Spend
    from projects.services.funding import organisation_find_or_create

    partners = {}
    for name, kind, website, roles, contact, email in story.DEMO_PARTNERS:
        organisation = organisation_find_or_create(name=name, kind=kind, website=website)
        partners[name], _ = project.partners.update_or_create(
            organisation=organisation,
            defaults={"roles": roles, "contact_name": contact, "contact_email": email}
            | {"postal_address": story.DEMO_LEAD_ADDRESS if "lead" in roles else ""},
        )
    for name, kind, amount, covers, description in story.DEMO_FUNDING:
        FundingContribution.objects.update_or_create(
            project=project,
            partner=partners[name],
            kind=kind,
            defaults={
                "amount_pence": amount,
                "covers": covers,
                "description": description,
                "created_by": lead,
            },
        )
    for category, amount, spent_days_ago, name, note in story.DEMO_SPENDING:
        Spend.objects.update_or_create(
            project=project,
            category=category,
            spent_on=timezone.localdate() - timedelta(days=spent_days_ago),
            note=note,
            defaults={"amount_pence": amount, "partner": partners[name], "created_by": lead},
        )
    return partners


# Chapters: each takes the story so far (the project and the demo people by email) and adds
# its part. seed_demo calls them in the order the story happens.


def chapter_project(*, lead):
    """A lead starts the project, fills in its settings and public page; the hard words are
    explained site-wide."""
    from projects.selectors.glossary import seed_site_glossary

    project = seed_project(lead=lead)
    seed_site_glossary()
    return seed_public_page(project, lead=lead)


def chapter_partnership(project, *, lead):
    """Partners join, funding is promised and the first money is spent."""
    return seed_partnership(project, lead)


def chapter_stages(project, *, lead, facilitator):
    """The project moves through its stages, with a loop back, decisions and its own words."""
    seed_stage_history(project, lead=lead)
    seed_decisions(project, recorded_by=facilitator)
    seed_project_words(project, created_by=facilitator)


def chapter_outcomes(project, *, users, facilitator):
    """Ideas become outcomes: recorded by the facilitator, reviewed by staff or a manager, and
    the friends' pack put into practice. Safe to run again: an outcome already there is kept,
    and only reviewed or put into practice if it has not been yet."""
    from projects.models import Outcome
    from projects.services.outcomes import (
        outcome_create,
        outcome_mark_in_practice,
        outcome_review,
    )

    today = timezone.localdate()
    outcomes = []
    for row in story_evidence.DEMO_OUTCOMES:
        title, kind, you_said, we_did, changed, evidence, decision, reviewer, agreed, started = row
        # The friends' pack outcome is recorded from the adopted idea, in the ideas chapter.
        outcome = project.outcomes.filter(title=title).first()
        if outcome is None:
            outcome = outcome_create(
                project=project,
                by=facilitator,
                decisions=list(project.decisions.filter(what=decision)),
                title=title,
                kind=kind,
                you_said=you_said,
                we_did=we_did,
                what_changed=changed,
                evidence=evidence,
            )
        if reviewer and outcome.status == Outcome.Status.PROPOSED:
            outcome_review(outcome=outcome, by=users[reviewer], verdict="agree", note="")
            Outcome.objects.filter(pk=outcome.pk).update(agreed_on=today - timedelta(days=agreed))
            outcome.refresh_from_db()
        if started is not None and outcome.status == Outcome.Status.AGREED:
            outcome_mark_in_practice(
                outcome=outcome, by=facilitator, since=today - timedelta(days=started)
            )
        outcomes.append(outcome)
    seed_outcome_photo(outcomes[0], by=facilitator)  # the friends' pack, first in the story
    return outcomes


def seed_outcome_photo(outcome, *, by):
    """A photo of the printed friends' packs as evidence that the pack is in use. Safe to run
    again: an outcome that has a photo is left as it is."""
    from projects.files.images import image_process
    from projects.services.outcome_photos import outcome_photo_add

    if outcome.photos.exists():
        return
    upload = SimpleUploadedFile("packs.png", _packs_on_a_shelf(), content_type="image/png")
    outcome_photo_add(
        outcome=outcome,
        by=by,
        processed=image_process(upload),
        alt_text=story_evidence.DEMO_OUTCOME_PHOTO_ALT,
    )


def _packs_on_a_shelf():
    picture = Image.new("RGB", (1200, 800), "#efe6d8")
    draw = ImageDraw.Draw(picture)
    draw.rectangle((0, 600, 1200, 660), fill="#a0522d", outline="#6e3b1f", width=4)
    for n in range(3):
        left = 120 + n * 230
        draw.rectangle((left, 220, left + 190, 600), fill="#2e86c1", outline="#1b4f72", width=6)
        draw.ellipse((left + 45, 300, left + 145, 400), fill="#f7dc6f")
    draw.rectangle((840, 400, 1120, 600), fill="#ffffff", outline="#555555", width=4)
    font = ImageFont.load_default(size=34)
    for n, words in enumerate(["Take one", "when you", "move on"]):
        draw.text((870, 425 + n * 52), words, fill="#222222", font=font)
    return _png(picture)


def _png(picture):
    out = io.BytesIO()
    picture.save(out, format="PNG")
    return out.getvalue()


def chapter_reflections(project, *, users):
    """People write down what helped, what was hard, a strength and advice. Safe to run again."""
    from projects.models import Reflection

    for email, kind, text in story_evidence.DEMO_REFLECTIONS:
        Reflection.objects.get_or_create(
            project=project, kind=kind, text=text, defaults={"author": users[email]}
        )


def chapter_ladder(project, *, users):
    """Some people rate how co-produced it feels; each person rates once, so it is safe to run
    again."""
    from projects.models import LadderRater
    from projects.services.ladder import ladder_rate

    for email, role, rung in story_evidence.DEMO_LADDER:
        if not LadderRater.objects.filter(project=project, user=users[email]).exists():
            ladder_rate(project=project, user=users[email], role=role, rung=rung)
