"""Delivering a module in a training session, with trainers and young co-trainers; when
people under 18 may come, each of them needs a current vetting check."""

from datetime import timedelta

from django.utils import timezone

from sessions.models import Delivery
from tests.sessions.conftest import make_session
from tests.sessions.test_safeguarding_vetting import _young, record
from tests.sessions.training import make_module, url


def _setup(cast):
    module = make_module(cast.project)
    session = make_session(cast.project, title="Speaking up, together", kind="training")
    return module, session


def test_a_facilitator_links_a_training_session_with_trainers(cast, client_as):
    module, session = _setup(cast)
    for who in ("facilitator", "young_person"):
        record(cast, who)
    data = {
        "session": session.pk,
        "trainers": [cast.participants["facilitator"].pk],
        "co_trainers": [cast.participants["young_person"].pk],
    }
    assert client_as("facilitator").post(url(module, "deliver/"), data).status_code == 302
    delivery = Delivery.objects.get()
    assert delivery.session == session
    assert list(delivery.co_trainers.all()) == [cast.participants["young_person"]]
    page = client_as("young_person").get(url(module)).content.decode()
    assert "Speaking up, together" in page and "Young person" in page


def test_only_training_sessions_can_be_chosen(cast, client_as):
    module, _session = _setup(cast)
    workshop = make_session(cast.project, title="Mapping", kind="workshop")
    data = {"session": workshop.pk, "trainers": [cast.participants["lead"].pk]}
    response = client_as("lead").post(url(module, "deliver/"), data)
    assert "Choose one of the training sessions listed." in response.content.decode()
    assert not Delivery.objects.exists()


def test_a_co_trainer_must_be_a_young_person_and_a_trainer_is_needed(cast, client_as):
    module, session = _setup(cast)
    data = {"session": session.pk, "co_trainers": [cast.participants["manager"].pk]}
    page = client_as("lead").post(url(module, "deliver/"), data).content.decode()
    assert "Choose at least one trainer." in page
    assert "Choose co-trainers from the young people listed." in page
    assert not Delivery.objects.exists()


def test_people_taking_part_cannot_plan_delivery(cast, client_as):
    module, session = _setup(cast)
    data = {"session": session.pk, "trainers": [cast.participants["staff"].pk]}
    assert client_as("staff").post(url(module, "deliver/"), data).status_code == 403
    assert client_as("outsider").get(url(module, "deliver/")).status_code == 404
    assert client_as("lead").delete(url(module, "deliver/")).status_code == 405


def _delivery(cast, session, trainers=("facilitator",), co_trainers=("young_person",)):
    return {
        "session": session.pk,
        "trainers": [cast.participants[who].pk for who in trainers],
        "co_trainers": [cast.participants[who].pk for who in co_trainers],
    }


def test_with_under_18s_an_unvetted_trainer_or_co_trainer_is_refused_by_name(cast, client_as):
    _young(cast, band="16_17")
    module, session = _setup(cast)
    record(cast, "facilitator")
    response = client_as("lead").post(url(module, "deliver/"), _delivery(cast, session))
    page = response.content.decode()
    assert response.status_code == 422
    assert "Young person has no vetting check recorded. People under 18 may come" in page
    assert "Facilitator has no vetting" not in page
    assert not Delivery.objects.exists()


def test_a_trainers_check_that_runs_out_before_the_session_is_refused(cast, client_as):
    _young(cast, band="16_17")
    module, session = _setup(cast)
    record(cast, "facilitator", renews_on=timezone.localdate() + timedelta(days=1))
    record(cast, "young_person")
    page = client_as("lead").post(url(module, "deliver/"), _delivery(cast, session)).content
    assert "Facilitator&#x27;s vetting check runs out on" in page.decode()
    assert not Delivery.objects.exists()


def test_with_only_adults_no_check_is_needed(cast, client_as):
    _young(cast, band="18_25")
    module, session = _setup(cast)
    response = client_as("lead").post(url(module, "deliver/"), _delivery(cast, session))
    assert response.status_code == 302 and Delivery.objects.exists()
