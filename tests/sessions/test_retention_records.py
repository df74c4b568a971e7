"""Session photos and pictures of ideas by consent level, outcome photos after the project,
claims and receipts, and concerns by category, through their retention periods; the anonymised
remains; and the legal hold."""

import datetime

import pytest
from django.core.files.base import ContentFile
from django.utils import timezone

from projects.models import LegalHold, Outcome, OutcomePhoto, Spend
from projects.retention.run import retention_apply
from sessions.models import Claim, Concern, Expense, PrototypeImage, SessionPhoto
from tests.factories import ParticipantFactory, SpendFactory
from tests.sessions.conftest import consent, make_session
from tests.sessions.payments import add_rate, make_claim
from tests.sessions.prototype_helpers import add_picture, make_prototype


def at(year, month, day, hour=12):
    return timezone.make_aware(datetime.datetime(year, month, day, hour))


# Photos -------------------------------------------------------------------------------------


def photo_of(session, *people):
    photo = SessionPhoto.objects.create(
        session=session,
        image=ContentFile(b"picture", name="a.jpg"),
        thumbnail=ContentFile(b"small", name="a-small.jpg"),
        width=10,
        height=10,
        alt_text="Post-it notes on a wall",
    )
    photo.tagged.set(people)
    return photo


@pytest.fixture
def old_session(cast):
    session = make_session(cast.project)
    session.starts_at, session.ends_at = at(2020, 3, 4, 18), at(2020, 3, 4, 20)
    session.save()
    return session


def adult(cast, level):
    person = ParticipantFactory(project=cast.project, role="staff")
    consent(person, "photos", level)
    return person


def test_photos_go_by_the_narrowest_consent_of_those_in_them(cast, old_session):
    inside = photo_of(old_session, adult(cast, "inside"), adult(cast, "public"))
    reports = photo_of(old_session, adult(cast, "reports"))
    public = photo_of(old_session, adult(cast, "public"))
    nobody = photo_of(old_session)

    def left():
        return set(SessionPhoto.objects.values_list("pk", flat=True))

    retention_apply(on=datetime.date(2022, 3, 4))
    assert left() == {inside.pk, reports.pk, public.pk, nobody.pk}
    retention_apply(on=datetime.date(2022, 3, 5))
    assert left() == {reports.pk, public.pk}
    retention_apply(on=datetime.date(2026, 3, 5))
    assert left() == {public.pk}
    retention_apply(on=datetime.date(2030, 3, 5))
    assert left() == set()


def test_a_hold_on_someone_in_a_photo_keeps_it(cast, old_session):
    person = adult(cast, "inside")
    photo = photo_of(old_session, person)
    LegalHold.objects.create(person=person.user, reason="A complaint.")
    retention_apply(on=datetime.date(2040, 1, 1))
    assert SessionPhoto.objects.filter(pk=photo.pk).exists()


def test_pictures_of_ideas_go_by_consent_counted_from_the_day_they_were_added(
    cast, django_capture_on_commit_callbacks
):
    prototype = make_prototype(cast)
    inside, reports = add_picture(cast, prototype), add_picture(cast, prototype)
    reports.tagged.set([adult(cast, "reports")])
    PrototypeImage.objects.update(uploaded_at=at(2020, 3, 4))
    stored = [reports.image.name, reports.thumbnail.name]

    def left():
        return set(PrototypeImage.objects.values_list("pk", flat=True))

    retention_apply(on=datetime.date(2022, 3, 4))
    assert left() == {inside.pk, reports.pk}
    retention_apply(on=datetime.date(2022, 3, 5))
    assert left() == {reports.pk}
    with django_capture_on_commit_callbacks(execute=True):
        retention_apply(on=datetime.date(2026, 3, 5))
    retention_apply(on=datetime.date(2026, 3, 5))
    assert left() == set()
    assert not any(reports.image.storage.exists(name) for name in stored)


def test_a_hold_on_the_project_keeps_its_pictures_of_ideas(cast):
    picture = add_picture(cast, make_prototype(cast))
    PrototypeImage.objects.update(uploaded_at=at(2020, 3, 4))
    LegalHold.objects.create(project=cast.project, reason="A complaint.")
    retention_apply(on=datetime.date(2040, 1, 1))
    assert PrototypeImage.objects.filter(pk=picture.pk).exists()


def ended_in_2021(project):
    project.starts_on, project.ends_on = datetime.date(2020, 1, 6), datetime.date(2021, 6, 30)
    project.save()


def outcome_photo(cast):
    outcome = Outcome.objects.create(
        project=cast.project,
        title="A friends' pack",
        kind="resource_adopted",
        you_said="-",
        we_did="-",
    )
    return OutcomePhoto.objects.create(
        outcome=outcome,
        image=ContentFile(b"picture", name="a.jpg"),
        thumbnail=ContentFile(b"small", name="a-small.jpg"),
        width=10,
        height=10,
        alt_text="The pack on a table",
    )


def test_outcome_photos_stay_six_years_after_the_project_ends(
    cast, django_capture_on_commit_callbacks
):
    photo = outcome_photo(cast)
    stored = photo.image.name
    retention_apply(on=datetime.date(2040, 1, 1))
    assert OutcomePhoto.objects.filter(pk=photo.pk).exists(), "a project with no end keeps them"
    ended_in_2021(cast.project)
    retention_apply(on=datetime.date(2027, 6, 30))
    assert OutcomePhoto.objects.filter(pk=photo.pk).exists()
    with django_capture_on_commit_callbacks(execute=True):
        retention_apply(on=datetime.date(2027, 7, 1))
    assert not OutcomePhoto.objects.filter(pk=photo.pk).exists()
    assert not photo.image.storage.exists(stored)
    assert Outcome.objects.filter(pk=photo.outcome_id).exists(), "only the photo goes"


def test_a_hold_on_the_project_keeps_its_outcome_photos(cast):
    photo = outcome_photo(cast)
    ended_in_2021(cast.project)
    LegalHold.objects.create(project=cast.project, reason="An inquiry.")
    retention_apply(on=datetime.date(2040, 1, 1))
    assert OutcomePhoto.objects.filter(pk=photo.pk).exists()


# Claims -------------------------------------------------------------------------------------


@pytest.fixture
def paid_claim(cast):
    add_rate(cast.project)
    claim = make_claim(cast.participants["young_person"])
    Expense.objects.create(
        claim=claim, kind="travel", amount_pence=420, receipt=ContentFile(b"r", name="bus.jpg")
    )
    spend = SpendFactory(project=cast.project, amount_pence=3420, note="Paid involvement")
    Claim.objects.filter(pk=claim.pk).update(
        submitted_at=at(2020, 5, 1), status=Claim.Status.PAID, spend=spend
    )
    return Claim.objects.get(pk=claim.pk)


def test_claims_stay_for_their_tax_year_and_six_more(paid_claim):
    # Made in the tax year 2020-21, which ends on 5 April 2021: kept to 5 April 2027.
    retention_apply(on=datetime.date(2027, 4, 5))
    assert Claim.objects.filter(pk=paid_claim.pk).exists()
    retention_apply(on=datetime.date(2027, 4, 6))
    assert not Claim.objects.filter(pk=paid_claim.pk).exists()
    assert not Expense.objects.filter(claim_id=paid_claim.pk).exists()


def test_the_amount_stays_in_the_spending_without_the_name(paid_claim):
    retention_apply(on=datetime.date(2027, 4, 6))
    retention_apply(on=datetime.date(2027, 4, 6))
    spend = Spend.objects.get(pk=paid_claim.spend_id)
    assert spend.amount_pence == 3420
    assert "Young person" not in spend.note


def test_a_hold_on_the_project_keeps_claims(paid_claim):
    LegalHold.objects.create(project=paid_claim.project, reason="An audit.")
    retention_apply(on=datetime.date(2040, 1, 1))
    assert Claim.objects.filter(pk=paid_claim.pk).exists()


# Concerns -----------------------------------------------------------------------------------


CLOSED = at(2020, 1, 10)


def concern(cast, category, *, finding="", people=(), closed=CLOSED):
    made = Concern.objects.create(
        project=cast.project,
        category=category,
        what_happened="Words.",
        status=Concern.Status.CLOSED if closed else Concern.Status.OPEN,
        closed_at=closed,
        finding=finding,
    )
    made.people.set(people)
    return made


def exists(made):
    return Concern.objects.filter(pk=made.pk).exists()


def test_unfounded_allegations_go_ten_years_after_closing(cast):
    unfounded = concern(cast, "conduct", finding="unfounded")
    upheld = concern(cast, "conduct", finding="substantiated")
    retention_apply(on=datetime.date(2030, 1, 10))
    assert exists(unfounded)
    retention_apply(on=datetime.date(2030, 1, 11))
    assert not exists(unfounded)
    assert exists(upheld)
    retention_apply(on=datetime.date(2095, 1, 11))
    assert not exists(upheld)


def test_welfare_concerns_stay_until_the_young_person_is_25(cast):
    young = cast.participants["young_person"]
    young.user.date_of_birth = datetime.date(2008, 6, 1)
    young.user.save()
    about_them = concern(cast, "welfare", people=[young])
    nobody_named = concern(cast, "welfare")
    retention_apply(on=datetime.date(2026, 1, 11))
    assert exists(about_them)
    assert not exists(nobody_named)
    retention_apply(on=datetime.date(2033, 5, 31))
    assert exists(about_them)
    retention_apply(on=datetime.date(2033, 6, 1))
    assert not exists(about_them)


def test_open_concerns_are_never_removed(cast):
    still_open = concern(cast, "welfare", closed=None)
    retention_apply(on=datetime.date(2100, 1, 1))
    assert exists(still_open)


def test_a_hold_keeps_concerns(cast):
    held = concern(cast, "conduct", finding="unfounded")
    LegalHold.objects.create(project=cast.project, reason="Police request.")
    retention_apply(on=datetime.date(2040, 1, 1))
    assert exists(held)
