"""Taking a module on a phone: ratings at the start and the end, one step a page, finishing;
and how the module page shows the change, only by role and only for groups of 3 or more."""

import pytest

from sessions.models import Completion, Moment, Rating
from sessions.training.services.taking import ratings_record
from tests.factories import ParticipantFactory
from tests.helpers import assert_query_budget
from tests.sessions.training import make_module, url


@pytest.fixture
def module(cast):
    return make_module(cast.project)


def _field(module, n):
    return f"s{module.statements.all()[n].pk}"


def test_a_young_person_rates_before_and_goes_to_the_first_step(cast, client_as, module):
    response = client_as("young_person").post(url(module, "start/"), {_field(module, 0): "4"})
    first = module.steps.first()
    assert response["Location"] == url(module, f"take/{first.pk}/")
    rating = Rating.objects.get()
    assert (rating.score, rating.moment) == (4, Moment.BEFORE)


def test_ratings_can_be_skipped(cast, client_as, module):
    assert client_as("young_person").post(url(module, "start/"), {}).status_code == 302
    assert not Rating.objects.exists()


@pytest.mark.parametrize("score", ["0", "11", "seven"])
def test_a_rating_outside_1_to_10_is_refused_and_nothing_saved(cast, client_as, module, score):
    data = {_field(module, 0): "5", _field(module, 1): score}
    response = client_as("young_person").post(url(module, "start/"), data)
    assert response.status_code == 200
    assert "Choose a number from 1 to 10, or leave it blank to skip." in response.content.decode()
    assert not Rating.objects.exists()


def test_each_step_has_its_own_page(cast, client_as, module):
    steps = list(module.steps.all())
    page = client_as("young_person").get(url(module, f"take/{steps[1].pk}/")).content.decode()
    assert "Step 2 of 3" in page and "Step words 2." in page
    assert url(module, f"take/{steps[2].pk}/") in page
    last = client_as("young_person").get(url(module, f"take/{steps[2].pk}/")).content.decode()
    assert url(module, "finish/") in last


def test_a_step_of_another_module_is_not_found(cast, client_as, module):
    other = make_module(cast.project, title="Other")
    step = other.steps.first()
    assert client_as("young_person").get(url(module, f"take/{step.pk}/")).status_code == 404


def test_finishing_records_completion_and_ratings_after(cast, client_as, module):
    young = cast.participants["young_person"]
    response = client_as("young_person").post(url(module, "finish/"), {_field(module, 0): "8"})
    assert response.status_code == 302
    assert Completion.objects.filter(module=module, participant=young).exists()
    assert Rating.objects.get().moment == Moment.AFTER
    page = client_as("young_person").get(url(module)).content.decode()
    assert "You finished this" in page


def test_finishing_twice_counts_once(cast, client_as, module):
    client = client_as("young_person")
    client.post(url(module, "finish/"), {})
    client.post(url(module, "finish/"), {})
    assert Completion.objects.count() == 1


def test_a_draft_cannot_be_taken(cast, client_as):
    draft = make_module(cast.project, published=False)
    assert client_as("young_person").get(url(draft, "start/")).status_code == 403


def test_outsiders_and_anonymous_visitors_cannot_take_it(cast, client_as, client, module):
    assert client.get(url(module, "start/")).status_code == 302
    assert client_as("outsider").get(url(module, "start/")).status_code == 404


def test_taking_pages_refuse_other_methods(cast, client_as, module):
    step = module.steps.first()
    assert client_as("young_person").post(url(module, f"take/{step.pk}/")).status_code == 405
    assert client_as("young_person").put(url(module, "finish/")).status_code == 405


def _rate(module, person, before, after):
    statement = module.statements.first()
    ratings_record(
        module=module, participant=person, moment=Moment.BEFORE, scores={statement: before}
    )
    ratings_record(
        module=module, participant=person, moment=Moment.AFTER, scores={statement: after}
    )


def test_the_change_is_shown_by_role_for_groups_of_three(cast, client_as, module):
    young = [cast.participants["young_person"]] + [
        ParticipantFactory(project=cast.project, role="young_person") for _ in range(2)
    ]
    for person, (before, after) in zip(young, [(5, 8), (6, 8), (6, 9)], strict=True):
        _rate(module, person, before, after)
    _rate(module, cast.participants["manager"], 2, 10)
    page = client_as("staff").get(url(module)).content.decode()
    assert "5.7 → 8.3 for young people, 3 people" in page
    assert "other roles: fewer than 3: not shown" in page
    assert "2.0" not in page and "10.0" not in page


def test_people_who_answered_only_once_are_left_out(cast, client_as, module):
    for _ in range(3):
        person = ParticipantFactory(project=cast.project, role="young_person")
        ratings_record(
            module=module,
            participant=person,
            moment=Moment.BEFORE,
            scores={module.statements.first(): 3},
        )
    page = client_as("lead").get(url(module)).content.decode()
    assert "for young people" not in page


def test_the_training_list_keeps_to_its_query_budget(cast, client_as):
    client = client_as("young_person")

    def grow(n):
        for i in range(cast.project.training.count(), n):
            make_module(cast.project, title=f"Training {i:02}", steps=1)

    assert_query_budget(
        fetch=lambda: client.get("/projects/care-leavers/training/"), grow=grow, budget=14
    )


def test_a_module_page_keeps_to_its_query_budget(cast, client_as, module):
    client = client_as("young_person")
    young = [ParticipantFactory(project=cast.project, role="young_person") for _ in range(50)]

    def grow(n):
        for person in young[:n]:
            _rate(module, person, 4, 7)

    assert_query_budget(fetch=lambda: client.get(url(module)), grow=grow, budget=16)
