"""Helpers for paid-involvement tests: a rate, a session someone came to, a claim."""

from datetime import date

from django.core.files.uploadedfile import SimpleUploadedFile

from projects.roles import Role
from sessions.models import Attendance, Route
from sessions.payments.services.claims import claim_submit
from sessions.payments.services.rates import rate_add
from tests.projects.test_images import jpeg_with_gps
from tests.projects.test_pdfs import pdf_with_author
from tests.sessions.conftest import make_session


def add_rate(project, *, by=None, per="hour", pence=1500, roles=(Role.YOUNG_PERSON,), day=None):
    return rate_add(
        project=project,
        by=by,
        per=per,
        amount_pence=pence,
        roles=list(roles),
        valid_from=day or date(2020, 1, 1),
    )


def came_to(participant, session=None, *, days=-3, length=2, **fields):
    """A past session (two hours by default) that `participant` came to."""
    session = session or make_session(participant.project, days=days, length=length, **fields)
    Attendance.objects.update_or_create(
        session=session, participant=participant, defaults={"reply": "yes", "attended": True}
    )
    return session


def make_claim(participant, session=None, *, minutes=120, route=Route.BANK, expenses=(), by=None):
    session = session or came_to(participant)
    return claim_submit(
        participant=participant,
        session=session,
        by=by or participant.user,
        minutes=minutes,
        route=route,
        expenses=expenses,
    )


def receipt_photo(name="bus.jpg"):
    return SimpleUploadedFile(name, jpeg_with_gps(), content_type="image/jpeg")


def receipt_pdf(name="ticket.pdf"):
    return SimpleUploadedFile(name, pdf_with_author(), content_type="application/pdf")


def claim_url(project, tail=""):
    return f"/projects/{project.slug}/payments/{tail}"
