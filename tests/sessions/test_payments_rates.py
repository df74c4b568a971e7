"""The rate card: versions by date and role, past claims keep their rate, and the page."""

from datetime import date, timedelta

from django.utils import timezone

from projects.models import AuditEntry
from sessions.models import PaymentTerms, Rate
from sessions.payments.selectors.payments import rate_for
from sessions.training.services.deliveries import delivery_set
from tests.sessions.payments import add_rate, came_to, claim_url, make_claim
from tests.sessions.training import make_module


def test_the_newest_rate_valid_on_the_day_applies(cast):
    old = add_rate(cast.project, pence=1200, day=date(2025, 1, 1))
    new = add_rate(cast.project, pence=1500, day=date(2026, 4, 6))
    assert rate_for(cast.project, "young_person", date(2026, 4, 5)) == old
    assert rate_for(cast.project, "young_person", date(2026, 4, 6)) == new
    assert rate_for(cast.project, "young_person", date(2024, 12, 31)) is None


def test_a_rate_applies_only_to_its_roles(cast):
    add_rate(cast.project, roles=["young_person"])
    assert rate_for(cast.project, "staff", date(2026, 1, 1)) is None


def test_a_past_claim_keeps_the_rate_it_was_made_at(cast):
    add_rate(cast.project, pence=1200, day=date(2020, 1, 1))
    claim = make_claim(cast.participants["young_person"], minutes=120)
    assert claim.time_pence == 2400
    add_rate(cast.project, pence=3000, day=timezone.localdate() - timedelta(days=30))
    claim.refresh_from_db()
    assert (claim.rate_pence, claim.time_pence) == (1200, 2400)


def test_per_session_and_flat_rates_pay_the_amount_whatever_the_time(cast):
    add_rate(cast.project, per="session", pence=2500)
    person = cast.participants["young_person"]
    assert make_claim(person, minutes=30).time_pence == 2500


def test_a_lead_adds_a_rate(cast, client_as):
    response = client_as("lead").post(
        claim_url(cast.project, "rates/"),
        {
            "per": "hour",
            "amount": "15.50",
            "roles": ["young_person", "staff"],
            "valid_from": "2026-04-06",
        },
    )
    assert response.status_code == 302
    rate = Rate.objects.get()
    assert (rate.amount_pence, rate.roles) == (1550, ["young_person", "staff"])
    assert AuditEntry.objects.filter(action="rate_add").count() == 1


def test_a_rate_with_bad_input_is_refused_and_nothing_saved(cast, client_as):
    response = client_as("lead").post(
        claim_url(cast.project, "rates/"), {"per": "hour", "amount": "-5", "valid_from": "soon"}
    )
    assert response.status_code == 200
    assert "Amounts can&#x27;t be negative" in response.content.decode()
    assert "Choose at least one role" in response.content.decode()
    assert not Rate.objects.exists()


def test_only_leads_change_rates(cast, client_as):
    assert client_as("facilitator").get(claim_url(cast.project, "rates/")).status_code == 403
    assert client_as("outsider").get(claim_url(cast.project, "rates/")).status_code == 404


def test_rates_page_rejects_other_methods(cast, client_as):
    assert client_as("lead").put(claim_url(cast.project, "rates/")).status_code == 405


def test_payment_terms_are_saved(cast, client_as):
    response = client_as("lead").post(
        claim_url(cast.project, "terms/"),
        {"paid_within_days": "10", "preparation_minutes": "30", "notice": "1000"},
    )
    assert response.status_code == 302
    terms = cast.project.payment_terms
    assert (terms.paid_within_days, terms.preparation_minutes, terms.notice_pence) == (
        10,
        30,
        100000,
    )


def test_payment_terms_refuse_silly_numbers(cast, client_as):
    response = client_as("lead").post(
        claim_url(cast.project, "terms/"), {"paid_within_days": "0", "preparation_minutes": "9999"}
    )
    assert "Enter a number of days from 1 to 90." in response.content.decode()
    assert not PaymentTerms.objects.exists()


# Young co-trainers are paid at the trainer rate for the training sessions they help to run.


def co_trained(cast, *, co_trainer="young_person"):
    """A past training session the young person helped to run, with its delivery."""
    person = cast.participants[co_trainer]
    session = came_to(person, kind="training")
    delivery_set(
        module=make_module(cast.project),
        session=session,
        by=cast.facilitator,
        trainers=[cast.participants["facilitator"]],
        co_trainers=[person],
    )
    return person, session


def test_a_co_trainer_is_paid_the_trainer_rate_for_their_training_session(cast):
    add_rate(cast.project, pence=1200)
    add_rate(cast.project, pence=2000, roles=["co_trainer"])
    person, training = co_trained(cast)
    assert make_claim(person, training, minutes=120).time_pence == 4000
    workshop = came_to(person, title="Mapping")
    assert make_claim(person, workshop, minutes=120).time_pence == 2400, "their role's rate"


def test_without_a_trainer_rate_a_co_trainer_is_paid_their_roles_rate(cast):
    add_rate(cast.project, pence=1200)
    person, training = co_trained(cast)
    assert make_claim(person, training, minutes=60).time_pence == 1200


def test_someone_at_a_training_session_who_did_not_co_train_is_paid_their_roles_rate(cast):
    add_rate(cast.project, pence=1200, roles=["young_person", "staff"])
    add_rate(cast.project, pence=2000, roles=["co_trainer"])
    _person, training = co_trained(cast)
    other = cast.participants["staff"]
    came_to(other, training)
    assert make_claim(other, training, minutes=60).time_pence == 1200


def test_the_claim_page_says_the_trainer_rate_applies(cast, client_as):
    add_rate(cast.project, pence=1200)
    add_rate(cast.project, pence=2000, roles=["co_trainer"])
    _person, training = co_trained(cast)
    page = client_as("young_person").get(claim_url(cast.project, f"sessions/{training.pk}/claim/"))
    assert "The rate is £20.00 per hour: the trainer rate" in page.content.decode()


def test_a_lead_adds_a_trainer_rate_and_the_card_names_it(cast, client_as):
    client = client_as("lead")
    data = {"per": "hour", "amount": "20", "roles": ["co_trainer"], "valid_from": "2026-04-06"}
    assert client.post(claim_url(cast.project, "rates/"), data).status_code == 302
    assert Rate.objects.get().roles == ["co_trainer"]
    page = client.get(claim_url(cast.project, "rates/")).content.decode()
    assert "Young co-trainers, for a training session they help to run" in page
