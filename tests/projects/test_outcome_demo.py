from django.core.management import call_command

from projects.models import LadderRating, Outcome, OutcomeReview, Reflection


def test_the_demo_s_friends_pack_is_reviewed_by_a_manager_and_in_practice_once(settings, db):
    settings.DEBUG = True
    call_command("seed_demo")
    call_command("seed_demo")
    assert Outcome.objects.count() == 3 and OutcomeReview.objects.count() == 2
    pack = Outcome.objects.get(title__startswith="Friends' pack")
    assert pack.status == Outcome.Status.IN_PRACTICE
    assert pack.agreed_on < pack.in_practice_since
    review = pack.reviews.get()
    assert review.verdict == "agree" and review.reviewer.email == "manager@demo.codesign.test"
    # Recorded from the adopted idea: the decision to develop it and the decision to adopt it.
    assert sorted(d.what for d in pack.decisions.all()) == [
        "Develop the friends' pack for use in residential care",
        "Friends' pack: adopt it",
    ]
    assert [p.title for p in pack.prototypes.all()] == ["Friends' pack"]
    assert "rated" in pack.evidence and "out of 5" in pack.evidence
    # One photo of the printed packs as evidence (a drawing: nobody is in it), added once.
    photo = pack.photos.get()
    assert photo.alt_text.startswith("Three printed friends' packs standing on a shelf")
    assert photo.uploaded_by.email == "facilitator@demo.codesign.test"
    assert pack.revision == 1 and pack.reviews.get().revision == 1
    waiting = Outcome.objects.get(title="Young people paid for their time")
    assert waiting.status == Outcome.Status.PROPOSED and not waiting.reviews.exists()
    assert Reflection.objects.count() == 8
    assert Reflection.objects.filter(kind="difficulty").count() == 4
    assert LadderRating.objects.count() == 5
    assert LadderRating.objects.filter(role="young_person").count() == 2
