"""Writing training: the list, a new module, its steps and pictures, and publishing it."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from projects.models import AuditEntry
from sessions.models import StepPicture, TrainingModule
from tests.factories import ResourceFactory
from tests.projects.test_images import jpeg_with_gps
from tests.sessions.training import make_module, url

NEW = "/projects/care-leavers/training/new/"
GOOD = {
    "title": "Speaking up with managers",
    "able_to": "Say what you think in a meeting.",
    "age_band": "16_25",
    "minutes": "20",
    "statement_1": "I feel confident saying what I think to a manager",
    "statement_2": "I know what to say first",
}


def test_it_lists_published_training_for_everyone(cast, client_as):
    make_module(cast.project, title="Being on a pitch panel")
    make_module(cast.project, title="Draft one", published=False)
    page = client_as("young_person").get("/projects/care-leavers/training/").content.decode()
    assert "Being on a pitch panel" in page
    assert "Draft one" not in page


def test_a_facilitator_sees_drafts(cast, client_as):
    make_module(cast.project, title="Draft one", published=False)
    page = client_as("facilitator").get("/projects/care-leavers/training/").content.decode()
    assert "Draft one" in page and "Draft" in page


def test_it_asks_anonymous_visitors_to_sign_in(cast, client):
    response = client.get("/projects/care-leavers/training/")
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_it_hides_the_project_from_outsiders(cast, client_as):
    assert client_as("outsider").get("/projects/care-leavers/training/").status_code == 404


def test_a_lead_writes_a_module_with_statements_and_files(cast, client_as):
    handout = ResourceFactory(project=cast.project, title="Handout")
    response = client_as("lead").post(NEW, GOOD | {"materials": [handout.pk]})
    module = TrainingModule.objects.get()
    assert response.status_code == 302
    assert response["Location"] == url(module, "steps/new/")
    assert [s.words for s in module.statements.all()] == [GOOD["statement_1"], GOOD["statement_2"]]
    assert list(module.materials.all()) == [handout]
    assert not module.is_published
    assert AuditEntry.objects.filter(action="module_create").exists()


@pytest.mark.parametrize("who", ["young_person", "staff", "manager", "local_lead"])
def test_only_leads_and_facilitators_write_training(cast, client_as, who):
    assert client_as(who).post(NEW, GOOD).status_code == 403
    assert not TrainingModule.objects.exists()


def test_bad_input_shows_the_form_again_and_saves_nothing(cast, client_as):
    bad = GOOD | {"minutes": "0", "statement_2": "", "title": " "}
    response = client_as("facilitator").post(NEW, bad)
    page = response.content.decode()
    assert response.status_code == 200
    assert "Give the training a title" in page
    assert "Write at least two statements people can rate." in page
    assert "The training must take at least 1 minute." in page
    assert not TrainingModule.objects.exists()


def test_a_step_is_added_at_the_end(cast, client_as):
    module = make_module(cast.project, steps=2, published=False)
    response = client_as("lead").post(url(module, "steps/new/"), {"words": "Say hello."})
    assert response.status_code == 302
    assert module.steps.last().number == 3 and module.steps.last().words == "Say hello."


def test_an_empty_step_is_refused(cast, client_as):
    module = make_module(cast.project, steps=0, published=False)
    response = client_as("lead").post(url(module, "steps/new/"), {"words": ""})
    assert "Write what this step says." in response.content.decode()
    assert not module.steps.exists()


def test_a_young_person_cannot_add_steps(cast, client_as):
    module = make_module(cast.project, steps=0)
    assert (
        client_as("young_person").post(url(module, "steps/new/"), {"words": "x"}).status_code == 403
    )


def test_a_step_picture_loses_its_metadata(cast, client_as):
    module = make_module(cast.project, steps=1)
    step = module.steps.get()
    upload = SimpleUploadedFile("talk.jpg", jpeg_with_gps(), content_type="image/jpeg")
    response = client_as("facilitator").post(
        url(module, f"steps/{step.pk}/picture/new/"),
        {"image": upload, "alt_text": "Two people talking at a table"},
    )
    assert response.status_code == 302
    picture = StepPicture.objects.get(step=step)
    with picture.image.open("rb") as stored:
        assert not Image.open(stored).getexif()
    shown = client_as("young_person").get(url(module, f"steps/{step.pk}/picture/"))
    assert shown.status_code == 200


def test_a_module_without_steps_cannot_be_published(cast, client_as):
    module = make_module(cast.project, steps=0, published=False)
    response = client_as("lead").post(url(module, "publish/"), follow=True)
    assert "Add at least one step before you publish this training" in response.content.decode()
    module.refresh_from_db()
    assert not module.is_published


def test_a_module_with_steps_is_published(cast, client_as):
    module = make_module(cast.project, steps=1, published=False)
    assert client_as("lead").post(url(module, "publish/")).status_code == 302
    module.refresh_from_db()
    assert module.is_published


def test_publishing_needs_a_post(cast, client_as):
    module = make_module(cast.project, steps=1, published=False)
    assert client_as("lead").get(url(module, "publish/")).status_code == 405


def test_a_draft_is_hidden_from_people_taking_part(cast, client_as):
    module = make_module(cast.project, published=False)
    assert client_as("young_person").get(url(module)).status_code == 403
    assert client_as("facilitator").get(url(module)).status_code == 200


def test_editing_keeps_ratings_of_unchanged_statements(cast, client_as):
    module = make_module(cast.project)
    kept = module.statements.first()
    data = GOOD | {"statement_1": kept.words, "statement_2": "Something new"}
    assert client_as("lead").post(url(module, "edit/"), data).status_code == 302
    assert module.statements.first().pk == kept.pk
    assert [s.words for s in module.statements.all()] == [kept.words, "Something new"]
