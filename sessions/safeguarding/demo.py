"""The demo's safeguarding chapter: Fiona, the council social worker, is the safeguarding lead;
the people who run sessions have vetting checks (Priya's runs out soon); one concern, raised
by Priya and closed, is there for Fiona alone to see; Jay has given an emergency contact and
health notes for the evening workshop, which Priya, who runs it, can read; and the people at
a session two days ago said how it was. Used by `manage.py seed_demo` only; safe to run
again."""

import uuid
from datetime import timedelta

from django.utils import timezone

from sessions.meetings.demo import OBAN, demo_reply, demo_session, demo_time
from sessions.models import Attendance, Concern, Kind, Vetting
from sessions.safeguarding.selectors.leads import safeguarding_lead_ids
from sessions.safeguarding.services.concerns import concern_action_add, concern_close, concern_raise
from sessions.safeguarding.services.how_was_today import how_was_today_answer
from sessions.safeguarding.services.leads import safeguarding_leads_set
from sessions.safeguarding.services.safety_info import safety_info_save
from sessions.safeguarding.services.vetting import vetting_record

SAFEGUARDING_LEAD = "staff@demo.codesign.test"
# The same concern however often the demo runs.
CONCERN_TOKEN = uuid.UUID("5a1e6a2d-0000-4000-8000-000000000001")
# (email, scheme, level, last four, days since checked, days until renewal)
CHECKS = [
    ("lead@demo.codesign.test", Vetting.Scheme.PVG, "PVG scheme membership", "4K7P", 400, 700),
    (
        "facilitator@demo.codesign.test",
        Vetting.Scheme.PVG,
        "PVG scheme membership",
        "9QX2",
        1050,
        25,
    ),
    ("staff@demo.codesign.test", Vetting.Scheme.PVG, "PVG scheme membership", "31TB", 200, 900),
    # Jay co-trains young people, some of them under 18.
    (
        "young.person@demo.codesign.test",
        Vetting.Scheme.PVG,
        "PVG scheme membership",
        "8JT4",
        40,
        1060,
    ),
]


def chapter_safeguarding(project, users, *, lead):
    people = {p.user.email: p for p in project.participants.select_related("user") if p.user}
    fiona = people[SAFEGUARDING_LEAD]
    if fiona.pk not in safeguarding_lead_ids(project):
        safeguarding_leads_set(project=project, by=lead, participants=[fiona])
    today = timezone.localdate()
    for email, scheme, level, last_four, checked_ago, renews_in in CHECKS:
        person = people[email]
        if not Vetting.objects.filter(participant=person).exists():
            vetting_record(
                project=project,
                by=lead,
                participant=person,
                scheme=scheme,
                level=level,
                certificate_end=last_four,
                checked_on=today - timedelta(days=checked_ago),
                checked_by="Morag (IRISS)",
                renews_on=today + timedelta(days=renews_in),
            )
    _closed_concern(project, people, fiona)
    _safety_info(project, people)
    _how_was_today(project, people, users)


EVENING_TITLE = "Evening workshop: what good support looks like"
RECENT_TITLE = "Trying the map at the youth café"


def _safety_info(project, people):
    evening = project.sessions.get(title=EVENING_TITLE)
    safety_info_save(
        session=evening,
        participant=people["young.person@demo.codesign.test"],
        contact_name="Morven",
        contact_phone="07700 900461",
        contact_relationship="My sister",
        health_notes="Allergic to peanuts. I carry an adrenaline pen in my bag.",
    )


def _how_was_today(project, people, users):
    """A session two days ago: four people came, three said how it was (so the counts show),
    and Ellie, who said "not good", agreed Priya may see her name and words."""
    day = timezone.localdate() - timedelta(days=2)
    recent = demo_session(
        project,
        RECENT_TITLE,
        users["facilitator@demo.codesign.test"],
        kind=Kind.TESTING,
        description="A few young people tried the map of where to get help on their phones.",
        starts_at=demo_time(day, 16),
        ends_at=demo_time(day, 17, 30),
        offers_food=True,
        **OBAN,
    )
    answers = [
        ("young.person@demo.codesign.test", "good", "", False),
        ("young.person2@demo.codesign.test", "not_good", "The room was too noisy for me.", True),
        ("staff@demo.codesign.test", "okay", "", False),
        ("facilitator@demo.codesign.test", None, "", False),
    ]
    for email, feeling, words, shared in answers:
        person = people[email]
        demo_reply(
            recent,
            person,
            Attendance.Reply.YES,
            attended=True,
            checked_in_at=recent.starts_at,
            checked_in_by=users["facilitator@demo.codesign.test"],
        )
        if feeling:
            how_was_today_answer(
                session=recent, participant=person, feeling=feeling, words=words, shared=shared
            )


def _closed_concern(project, people, fiona):
    priya = people["facilitator@demo.codesign.test"]
    concern, new = concern_raise(
        project=project,
        by=priya.user,
        token=CONCERN_TOKEN,
        category=Concern.Category.WELFARE,
        what_happened="At the break a young person said they had not eaten since yesterday and "
        "had no money for the electricity meter until their payment on Friday.",
        when_text="At the first workshop, during the break",
        people_text="One of the young people at the workshop",
    )
    if not new:
        return
    raised = timezone.localtime(concern.raised_at)
    concern_action_add(
        concern=concern,
        by=fiona.user,
        what="Spoke with the young person, who agreed I could call their throughcare worker. "
        "The worker arranged an emergency payment and a food bank voucher the same day.",
        done_by=fiona.display_name,
        done_at=raised + timedelta(hours=2),
    )
    concern_close(
        concern=concern,
        by=fiona.user,
        note="Support in place through the throughcare team; the young person knows to come to "
        "me again. No further action for the project.",
    )
