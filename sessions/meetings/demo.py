"""Demo sessions for the reference story. Used by `manage.py seed_demo` only; safe to run again."""

import io
import uuid
from datetime import datetime, time, timedelta

from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from PIL import Image, ImageDraw

from participants.seed.demo import OFFLINE_NAME
from projects.files.images import image_process
from sessions.meetings.services.photos import photo_add
from sessions.meetings.services.sessions import Repeat, occurrence_starts
from sessions.models import (
    Attendance,
    Availability,
    Disruption,
    Kind,
    Session,
    TimeOption,
    TimePoll,
)

OBAN = {
    "venue_name": "Oban Community Centre",
    "address": "Albany Street, Oban PA34 4AL",
    "getting_there": "Five minutes' walk from Oban station and the bus stances on Station Road. "
    "Step-free entrance at the side door.",
}
WORKING_GROUP_TITLE = "Working group meeting"


def demo_time(day, hour, minute=0):
    return timezone.make_aware(datetime.combine(day, time(hour, minute)))


def demo_session(project, title, by, **fields):
    session, _ = Session.objects.update_or_create(
        project=project, title=title, defaults={"created_by": by, **fields}
    )
    return session


def demo_reply(session, participant, reply, **fields):
    Attendance.objects.update_or_create(
        session=session,
        participant=participant,
        defaults={"reply": reply, "replied_at": timezone.now(), **fields},
    )


def chapter_sessions(project, users):
    """An evening workshop, one moved online for snow, monthly working-group meetings, a poll to
    find a time, and a past session with attendance, notes and photos. Returns Jay's place (the
    command prints his card code for trying check-in)."""
    people = {p.user.email: p for p in project.participants.select_related("user") if p.user}
    facilitator = users["facilitator@demo.codesign.test"]
    jay = people["young.person@demo.codesign.test"]
    ellie = people["young.person2@demo.codesign.test"]
    fiona = people["staff@demo.codesign.test"]
    priya = people["facilitator@demo.codesign.test"]
    today = timezone.localdate()

    evening = demo_session(
        project,
        "Evening workshop: what good support looks like",
        facilitator,
        kind=Kind.WORKSHOP,
        description="We pick the three ideas from the first sessions the group liked most, and "
        "sketch what each would look like in practice.",
        starts_at=demo_time(today + timedelta(days=7), 18),
        ends_at=demo_time(today + timedelta(days=7), 20),
        offers_travel=True,
        offers_childcare=True,
        offers_food=True,
        capacity=12,
        what_to_bring="Nothing: paper, pens and food are provided.",
        question_1="Do you need a lift from Oban station? If so, what time does your bus get in?",
        **OBAN,
    )
    demo_reply(evening, jay, Attendance.Reply.YES, needs_childcare=True, answer_1="Yes, at 17:15")
    demo_reply(evening, ellie, Attendance.Reply.MAYBE, needs_travel=True)
    demo_reply(evening, fiona, Attendance.Reply.YES, show_name=True)

    snowed = demo_session(
        project,
        "Mapping session in Lochgilphead",
        facilitator,
        kind=Kind.WORKSHOP,
        description="Mapping the places young people go for help, and the gaps between them.",
        starts_at=demo_time(today + timedelta(days=3), 11),
        ends_at=demo_time(today + timedelta(days=3), 13),
        venue_name="Lochgilphead Joint Campus",
        address="Lochgilphead PA31 8NE",
        online_link="https://meet.example.org/codesign-mapping",
        offers_travel=True,
        status=Session.Status.MOVED_ONLINE,
        sequence=1,
    )
    if not snowed.disruptions.exists():
        Disruption.objects.create(
            session=snowed,
            action=Disruption.Action.MOVED_ONLINE,
            reason=Disruption.Reason.WEATHER,
            explanation="Snow is forecast and the A83 at the Rest and Be Thankful may close.",
            old_starts_at=snowed.starts_at,
            old_ends_at=snowed.ends_at,
            online_link=snowed.online_link,
            by=facilitator,
            people_told=2,
        )
    demo_reply(snowed, jay, Attendance.Reply.YES)
    demo_reply(snowed, ellie, Attendance.Reply.YES)

    # Today, in person: cards are checked in at its door (the facilitator can try Jay's code).
    tonight = demo_session(
        project,
        TONIGHT_TITLE,
        facilitator,
        kind=Kind.WORKSHOP,
        description="Tea, and planning the next test of the friends' pack.",
        starts_at=demo_time(today, 18),
        ends_at=demo_time(today, 20),
        **OBAN,
    )
    demo_reply(tonight, jay, Attendance.Reply.YES)
    _seed_full_session(project, facilitator, today, [ellie, fiona])
    _seed_poll(project, facilitator, today, {"young": jay, "staff": fiona})
    _seed_working_group_meetings(project, facilitator, today)
    came = [jay, ellie, fiona, priya]
    kirsty = project.participants.filter(user__isnull=True, display_name=OFFLINE_NAME).first()
    if kirsty is not None:  # taking part offline: her reply was given on paper
        came.append(kirsty)
    _seed_past_session(project, facilitator, today, came)
    return jay


FULL_SESSION_TITLE = "Drop-in at the youth café: the friends' pack"
TONIGHT_TITLE = "Today at the youth café: planning the next test"


def _seed_full_session(project, facilitator, today, coming):
    """A small session that is full, with Dylan (no email, texts chosen) waiting for a place:
    his inbox says so, and a place coming free would reach him by text."""
    from participants.notify import notify
    from participants.seed.demo_no_email import NO_EMAIL_SIGN_IN

    dylan = project.participants.filter(user__username=NO_EMAIL_SIGN_IN).first()
    full = demo_session(
        project,
        FULL_SESSION_TITLE,
        facilitator,
        kind=Kind.WORKSHOP,
        description="A small group tries the friends' pack over tea and gives feedback.",
        starts_at=demo_time(today + timedelta(days=10), 16),
        ends_at=demo_time(today + timedelta(days=10), 17, 30),
        capacity=len(coming),
        offers_food=True,
        **OBAN,
    )
    for person in coming:
        demo_reply(full, person, Attendance.Reply.YES)
    if dylan is None:
        return
    demo_reply(full, dylan, Attendance.Reply.WAITING)
    subject = f"You are on the waiting list: {FULL_SESSION_TITLE}"
    if not dylan.user.notifications.filter(subject=subject).exists():
        notify(
            user=dylan.user,
            project=project,
            subject=subject,
            body="The session is full for now. If a place comes free it is yours, and we will "
            "text you straight away.",
            link=full.get_absolute_url(),
            action="See the session",
        )


POLL_TITLE = "Testing the friends' pack"


def _seed_poll(project, facilitator, today, people):
    """An open poll: three possible times, answered by a young person and a member of staff."""
    poll, created = TimePoll.objects.get_or_create(
        project=project,
        title=POLL_TITLE,
        defaults={
            "kind": Kind.TESTING,
            "description": "Trying the friends' pack with young people who did not make it.",
            "created_by": facilitator,
            **{k: OBAN[k] for k in ("venue_name", "address")},
        },
    )
    if not created:
        return
    day = today + timedelta(days=21)
    options = [
        TimeOption.objects.create(
            poll=poll, starts_at=demo_time(day, hour), ends_at=demo_time(day, hour + 2)
        )
        for hour in (10, 14, 18)
    ]
    answers = {"young": ["no", "if_need_be", "yes"], "staff": ["yes", "yes", "if_need_be"]}
    for key, person in people.items():
        for option, answer in zip(options, answers[key], strict=True):
            Availability.objects.create(option=option, participant=person, answer=answer)


def _seed_working_group_meetings(project, facilitator, today):
    if project.sessions.filter(title=WORKING_GROUP_TITLE).exists():
        return
    first_tuesday = today.replace(day=1) + timedelta(days=(1 - today.replace(day=1).weekday()) % 7)
    if first_tuesday <= today:
        month_on = (today.replace(day=1) + timedelta(days=32)).replace(day=1)
        first_tuesday = month_on + timedelta(days=(1 - month_on.weekday()) % 7)
    start = demo_time(first_tuesday, 18, 30)
    series = uuid.uuid4()
    for occurrence in occurrence_starts(start, Repeat.MONTHLY, 6):
        Session.objects.create(
            project=project,
            title=WORKING_GROUP_TITLE,
            kind=Kind.WORKING_GROUP,
            description="The standing group of young people, staff and managers who keep the "
            "changes going. The first Tuesday of every month.",
            starts_at=occurrence,
            ends_at=occurrence + timedelta(hours=1, minutes=30),
            online_link="https://meet.example.org/codesign-working-group",
            venue_name="",
            created_by=facilitator,
            series=series,
        )


def _seed_past_session(project, facilitator, today, came):
    day = today - timedelta(days=60)
    past = demo_session(
        project,
        "First workshop: sharing experiences",
        facilitator,
        kind=Kind.WORKSHOP,
        description="Getting to know each other, and what leaving care was like.",
        starts_at=demo_time(day, 18),
        ends_at=demo_time(day, 20, 30),
        offers_food=True,
        offers_travel=True,
        notes_after="Eleven people came. The group drew a map of Oban showing where young "
        "people go for help, and put up a wall of post-it notes about what worked.",
        **OBAN,
    )
    for person in came:
        demo_reply(
            past,
            person,
            Attendance.Reply.YES,
            attended=True,
            checked_in_at=past.starts_at + timedelta(minutes=5),
            checked_in_by=facilitator,
        )
    if past.photos.exists():
        return
    for drawing, alt in [
        (
            map_picture(),
            "A paper map of Oban with coloured pens marking where young people go for help",
        ),
        (_postit_picture(), "A wall of yellow, pink and green post-it notes about what worked"),
    ]:
        upload = SimpleUploadedFile("photo.png", drawing, content_type="image/png")
        photo_add(session=past, by=facilitator, processed=image_process(upload), alt_text=alt)


def png_of(picture):
    out = io.BytesIO()
    picture.save(out, format="PNG")
    return out.getvalue()


def map_picture():
    picture = Image.new("RGB", (1200, 800), "#f4ecd8")
    draw = ImageDraw.Draw(picture)
    draw.polygon([(0, 500), (300, 420), (600, 520), (1200, 460), (1200, 800), (0, 800)], "#9cc9e8")
    for x, y, colour in [(200, 250, "#c0392b"), (520, 300, "#27ae60"), (820, 220, "#8e44ad")]:
        draw.ellipse((x - 25, y - 25, x + 25, y + 25), fill=colour)
    draw.line([(200, 250), (520, 300), (820, 220)], fill="#333333", width=6)
    return png_of(picture)


def _postit_picture():
    picture = Image.new("RGB", (1200, 800), "#e8e8e8")
    draw = ImageDraw.Draw(picture)
    colours = ["#f7e463", "#f59bc3", "#9be59b"]
    for row in range(4):
        for col in range(6):
            x, y = 60 + col * 185, 60 + row * 180
            draw.rectangle((x, y, x + 150, y + 140), fill=colours[(row + col) % 3])
            draw.line([(x + 15, y + 40), (x + 130, y + 40)], fill="#444444", width=4)
            draw.line([(x + 15, y + 80), (x + 110, y + 80)], fill="#444444", width=4)
    return png_of(picture)
