from django.core.management import call_command

from projects.models import Decision
from projects.roles import Role
from sessions.models import (
    Comment,
    EvaluationSheet,
    Feedback,
    PitchScore,
    Prototype,
    PrototypeImage,
)


def test_the_demo_has_the_friends_pack_and_the_map_once_however_often_it_runs(settings, db):
    settings.DEBUG = True
    call_command("seed_demo")
    counts = [
        model.objects.count()
        for model in (Prototype, PrototypeImage, Comment, EvaluationSheet, Feedback, PitchScore)
    ]
    decisions = Decision.objects.count()
    call_command("seed_demo")
    assert counts == [
        model.objects.count()
        for model in (Prototype, PrototypeImage, Comment, EvaluationSheet, Feedback, PitchScore)
    ]
    assert Decision.objects.count() == decisions

    pack = Prototype.objects.get(title="Friends' pack")
    assert pack.status == Prototype.Status.ADOPTED and pack.versions.count() == 2
    assert pack.images.count() == 2 and Prototype.objects.get(kind="map").images.count() == 1
    assert all(image.alt_text for image in PrototypeImage.objects.all())
    roles = set(Comment.objects.values_list("author__role", flat=True))
    assert roles == {role.value for role in Role}
    assert Comment.objects.filter(hide_name=True, author__role=Role.YOUNG_PERSON).exists()
    assert EvaluationSheet.objects.filter(prototype=pack).exists()
    test_round = pack.test_rounds.get()
    assert test_round.has_closed()
    assert set(test_round.answers.values_list("role", flat=True)) == {
        "young_person",
        "staff",
        "manager",
    }
    pitch = pack.pitches.get()
    assert pitch.judges.filter(role=Role.YOUNG_PERSON).count() == 2
    assert PitchScore.objects.filter(prototype=pack).count() == 2
    assert not PitchScore.objects.filter(prototype=pack, judge=pack.created_by).exists()
    assert pack.decisions.get().decision.what == "Friends' pack: adopt it"
