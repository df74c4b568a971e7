"""Demo ideas for the reference story: the friends' pack and the map, with pictures drawn here,
comments from every role, evaluation sheets, a closed test round, a pitch with scores and the
decision to adopt the pack. Used by `manage.py seed_demo` only; safe to run again."""

from datetime import timedelta

from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from PIL import Image, ImageDraw

from projects.files.images import image_process
from projects.seed import demo_evidence as story_evidence
from projects.services.outcomes import outcome_create
from sessions.meetings.demo import demo_session, demo_time, map_picture, png_of
from sessions.models import Comment, EvaluationSheet, Feedback, Kind, TestRound
from sessions.prototypes.selectors.outcomes import outcome_draft
from sessions.prototypes.services.pitches import pitch_score, pitch_set_up
from sessions.prototypes.services.prototypes import (
    prototype_create,
    prototype_decide,
    prototype_image_add,
    prototype_update,
    prototype_version_add,
)

PACK = "Friends' pack"
MAP = "Map of where to get help"


def chapter_prototypes(project, users):
    if project.prototypes.filter(title=PACK).exists():
        return
    people = {p.user.email: p for p in project.participants.select_related("user") if p.user}
    who = {
        key: people[f"{key}@demo.codesign.test"]
        for key in (
            "lead",
            "local.lead",
            "facilitator",
            "young.person",
            "young.person2",
            "staff",
            "manager",
        )
    }
    facilitator = users["facilitator@demo.codesign.test"]
    lead = users["lead@demo.codesign.test"]
    first = project.sessions.filter(title="First workshop: sharing experiences").first()
    today = timezone.localdate()

    pack = prototype_create(
        project=project,
        by=who["young.person"].user,
        member=who["young.person"],
        title=PACK,
        description="A small pack, written by care leavers, for someone in their first week in "
        "their own place: who to call, what to do if money runs out, and a friendly word.",
        kind="information_pack",
        session=first,
    )
    _picture(
        pack,
        facilitator,
        _pack_picture(),
        "A folded paper pack with a map of Oban on the front and a phone list inside",
    )
    prototype_version_add(
        prototype=pack,
        by=facilitator,
        what_changed="Added the bus times from the towns and the out-of-hours number.",
        why="Young people at the testing session said getting there was the hardest part.",
    )
    _picture(
        pack,
        facilitator,
        _pack_picture(bus_times=True),
        "The pack opened out, with a bus timetable on the inside page",
    )

    map_idea = prototype_create(
        project=project,
        by=who["staff"].user,
        member=who["staff"],
        title=MAP,
        description="A map of Oban showing the places young people go for help, and the gaps.",
        kind="map",
        session=first,
    )
    _picture(
        map_idea,
        facilitator,
        map_picture(),
        "A paper map of Oban with coloured dots where young people go for help",
    )
    # The map is still being tried out: no outcome yet.
    prototype_update(prototype=map_idea, by=facilitator, fields={"status": "testing"})

    for prototype, author, body, hide in [
        (pack, "staff", "We could hand this out at the leaving care review.", False),
        (
            pack,
            "young.person2",
            "Please put in what to do if your electric runs out. That happened to me.",
            True,
        ),
        (pack, "manager", "Let's check the numbers are still right every six months.", False),
        (pack, "facilitator", "Lovely. Shall we test it at the next session?", False),
        (pack, "lead", "IRISS can pay for printing the first hundred.", False),
        (pack, "local.lead", "STAF can give it to everyone we meet.", False),
        (map_idea, "young.person", "The library is missing, and it has free wifi.", False),
    ]:
        Comment.objects.create(prototype=prototype, author=who[author], body=body, hide_name=hide)

    EvaluationSheet.objects.create(
        prototype=pack,
        session=first,
        learnt="People liked it small enough for a pocket. The phone list mattered most.",
        young_people=5,
        staff=3,
        managers=1,
        gets_in_the_way="Numbers go out of date; printing costs.",
        how_we_will_know="Fewer calls to the duty team in the first week; young people say "
        "they used it.",
        written_by=who["young.person"],
    )
    EvaluationSheet.objects.create(
        prototype=map_idea,
        session=first,
        learnt="The map showed nowhere to go in the evening.",
        young_people=4,
        staff=2,
        gets_in_the_way="Keeping it up to date.",
        written_by=who["staff"],
    )

    now = timezone.now()
    test_round = TestRound.objects.create(
        prototype=pack,
        question="Would this pack help you in your first week?",
        opens_at=now - timedelta(days=14),
        closes_at=now - timedelta(days=7),
        opened_by=facilitator,
    )
    for key, useful, words in [
        ("young.person", 5, "Yes, I'd have kept it by the phone."),
        ("young.person2", 4, "Yes, but add the electric."),
        ("staff", 4, ""),
        ("manager", 3, "Good, if we keep it up to date."),
    ]:
        Feedback.objects.create(
            round=test_round,
            participant=who[key],
            role=who[key].role,
            useful=useful,
            comment=words,
            at=now - timedelta(days=10),
        )

    pitch_day = today - timedelta(days=5)
    pitch_session = demo_session(
        project,
        "Pitch night: which ideas go forward",
        facilitator,
        kind=Kind.PITCH,
        description="Each group pitches its idea to a panel of young people and a manager.",
        starts_at=demo_time(pitch_day, 18),
        ends_at=demo_time(pitch_day, 20),
        venue_name="Oban Community Centre",
        address="Albany Street, Oban PA34 4AL",
    )
    pitch = pitch_set_up(
        session=pitch_session,
        by=facilitator,
        ideas=[pack, map_idea],
        judges=[who["young.person"], who["young.person2"], who["manager"]],
        criteria="Would young people use it?\nCould we keep it going?",
    )
    for judge, marks_pack, marks_map in [
        ("young.person2", [5, 4], [4, 3]),
        ("manager", [4, 4], [3, 2]),
    ]:
        pitch_score(pitch=pitch, prototype=pack, judge=who[judge], marks=marks_pack)
        pitch_score(pitch=pitch, prototype=map_idea, judge=who[judge], marks=marks_map)
    # Jay added the pack, so he scores only the map.
    pitch_score(pitch=pitch, prototype=map_idea, judge=who["young.person"], marks=[4, 4])

    prototype_decide(
        prototype=pack,
        by=lead,
        result="adopt",
        reason="Young people rated it highest in testing and at the pitch; the council will "
        "give it out in residential care.",
        took_part=["young_people", "staff", "managers", "facilitators"],
        young_people_voted=True,
    )


def _picture(prototype, by, drawing, alt_text):
    upload = SimpleUploadedFile("picture.png", drawing, content_type="image/png")
    prototype_image_add(
        prototype=prototype, by=by, processed=image_process(upload), alt_text=alt_text
    )


def _pack_picture(*, bus_times=False):
    picture = Image.new("RGB", (1000, 700), "#fdf6e3")
    draw = ImageDraw.Draw(picture)
    draw.rectangle((120, 80, 480, 620), fill="#2e86c1", outline="#1b4f72", width=6)
    draw.rectangle((520, 80, 880, 620), fill="#ffffff", outline="#1b4f72", width=6)
    draw.ellipse((220, 200, 380, 360), fill="#f7dc6f")
    for n in range(6):
        y = 140 + n * 70
        draw.line([(560, y), (840, y)], fill="#555555", width=5)
    if bus_times:
        for n in range(4):
            y = 470 + n * 35
            draw.rectangle((560, y, 840, y + 22), fill="#a9dfbf")
    return png_of(picture)


def chapter_pack_outcome(project, users):
    """The facilitator records the outcome the adopted friends' pack led to, starting from the
    pack's own records as the "Record the outcome it led to" page does. Safe to run again."""
    pack = project.prototypes.filter(title=PACK).first()
    if pack is None or pack.outcome_id is not None:
        return
    title, kind, you_said, we_did, changed, evidence, decision, *_rest = (
        story_evidence.DEMO_OUTCOMES[0]
    )
    draft = outcome_draft(pack)
    outcome_create(
        project=project,
        by=users["facilitator@demo.codesign.test"],
        title=title,
        kind=kind,
        you_said=you_said,
        we_did=we_did,
        what_changed=changed,
        evidence=f"{evidence} {draft['evidence']}".strip(),
        decisions=[*project.decisions.filter(what=decision), *draft["decisions"]],
        prototypes=draft["prototypes"],
    )
