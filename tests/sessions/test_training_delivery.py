"""Delivering a module in a training session, with trainers and young co-trainers."""

from sessions.models import Delivery
from tests.sessions.conftest import make_session
from tests.sessions.training import make_module, url


def _setup(cast):
    module = make_module(cast.project)
    session = make_session(cast.project, title="Speaking up, together", kind="training")
    return module, session


def test_a_facilitator_links_a_training_session_with_trainers(cast, client_as):
    module, session = _setup(cast)
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
