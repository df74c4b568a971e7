"""The demo's payments chapter: the rate card and terms, and a young person's claim for the
evening session he came to, with a bus ticket photo, paid as a voucher within the target.
Used by `manage.py seed_demo` only; safe to run again."""

import io
from datetime import date, timedelta

from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from PIL import Image, ImageDraw

from projects.roles import Role
from sessions.meetings.demo import OBAN, demo_reply, demo_session, demo_time
from sessions.models import Attendance, Claim, Kind, Rate, Route
from sessions.payments.forms.claims import receipt_check
from sessions.payments.selectors.payments import tax_year_of
from sessions.payments.services.approvals import claim_approve, claim_pay
from sessions.payments.services.claims import claim_submit
from sessions.payments.services.rates import payment_terms_save, rate_add

EVENING_TITLE = "Trying out the ideas (evening workshop)"
FIRST_WORKSHOP = "First workshop: sharing experiences"
PITCH_TITLE = "Pitch night: which ideas go forward"


def chapter_payments(project, users, *, lead):
    """Returns the claim, for the command to say where to see it."""
    _rate_card(project, lead)
    if not hasattr(project, "payment_terms"):
        payment_terms_save(
            project=project,
            by=lead,
            paid_within_days=14,
            preparation_minutes=30,
            notice_pence=500_00,
        )
    people = {p.user.email: p for p in project.participants.select_related("user") if p.user}
    jay = people["young.person@demo.codesign.test"]
    facilitator = users["facilitator@demo.codesign.test"]
    today = timezone.localdate()
    evening = demo_session(
        project,
        EVENING_TITLE,
        facilitator,
        kind=Kind.WORKSHOP,
        description="Trying out the three ideas the group liked most, as rough paper versions.",
        starts_at=demo_time(today - timedelta(days=10), 18),
        ends_at=demo_time(today - timedelta(days=10), 20),
        offers_travel=True,
        offers_food=True,
        **OBAN,
    )
    ellie = people["young.person2@demo.codesign.test"]
    for person in (jay, ellie, people["staff@demo.codesign.test"]):
        demo_reply(evening, person, Attendance.Reply.YES, attended=True)
    claim = Claim.objects.filter(participant=jay, session=evening).first()
    if claim is None:
        claim = _jays_claim(jay, evening, lead)
    _ellies_late_claim(project, ellie)
    _jay_on_the_panel(project, jay)
    return claim


def _jay_on_the_panel(project, jay):
    """Jay sat on the pitch night's panel and claimed nothing for it: unpaid hours, the kind
    volunteering awards count."""
    pitch = project.sessions.filter(title=PITCH_TITLE).first()
    if pitch is not None:
        demo_reply(pitch, jay, Attendance.Reply.YES, attended=True)


def _ellies_late_claim(project, ellie):
    """Ellie (17) claimed for the first workshop weeks ago: on the lead's queue, past the
    target, with the under-18 check to do."""
    first = project.sessions.filter(title=FIRST_WORKSHOP).first()
    if first is None or Claim.objects.filter(participant=ellie, session=first).exists():
        return
    if not first.attendances.filter(participant=ellie, attended=True).exists():
        return
    claim = claim_submit(
        participant=ellie, session=first, by=ellie.user, minutes=150, route=Route.BANK
    )
    Claim.objects.filter(pk=claim.pk).update(submitted_at=first.ends_at + timedelta(days=1))


def _rate_card(project, lead):
    if project.rates.exists():
        return
    this_year, _ = tax_year_of(timezone.localdate())
    roles = [Role.YOUNG_PERSON]
    last_year = date(this_year.year - 1, 4, 6)
    rate_add(
        project=project,
        by=lead,
        per=Rate.Per.HOUR,
        amount_pence=12_00,
        roles=roles,
        valid_from=last_year,
    )
    rate_add(
        project=project,
        by=lead,
        per=Rate.Per.HOUR,
        amount_pence=15_00,
        roles=roles,
        valid_from=this_year,
    )


def _jays_claim(jay, evening, lead):
    ticket = receipt_check(SimpleUploadedFile("bus-ticket.png", _bus_ticket(), "image/png"))
    claim = claim_submit(
        participant=jay,
        session=evening,
        by=jay.user,
        minutes=120,
        route=Route.VOUCHER,
        expenses=[{"kind": "travel", "amount_pence": 4_60, "receipt": ticket}],
    )
    Claim.objects.filter(pk=claim.pk).update(submitted_at=evening.ends_at + timedelta(hours=3))
    claim_approve(claim=claim, by=lead)
    return claim_pay(claim=claim, by=lead, paid_on=timezone.localdate(), route=Route.VOUCHER)


def _bus_ticket():
    """A photo-like picture of a bus ticket, drawn for the demo."""
    picture = Image.new("RGB", (480, 260), "#f4efe1")
    draw = ImageDraw.Draw(picture)
    draw.rectangle([10, 10, 470, 250], outline="#2f5d8a", width=4)
    draw.text((30, 30), "WEST COAST MOTORS", fill="#2f5d8a")
    draw.text((30, 80), "Oban Station - Albany Street", fill="#222222")
    draw.text((30, 120), "Return   Young person", fill="#222222")
    draw.text((30, 170), "GBP 4.60", fill="#222222")
    out = io.BytesIO()
    picture.save(out, format="PNG")
    return out.getvalue()
