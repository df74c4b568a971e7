"""The demo's chapter for places on the working group. Jay and Ellie won the first two places
from a round with Kirsty on the panel (Dylan applied too, and was not offered one this time);
their terms end within a few weeks, Jay has left a note for the next members, and the lead has
opened the next round from theirs: Jay sits on its panel, Dylan has applied again and Kirsty
applied on paper. Run again, it leaves what is there."""

from django.utils import timezone

from participants.models import GroupTerm
from participants.seed.demo import OFFLINE_NAME
from participants.seed.demo_no_email import NO_EMAIL_SIGN_IN
from projects.seed.demo import days_ago
from sessions.models import DEFAULT_QUESTIONS, Application, PanelView, PlacesRound

JAY, ELLIE = "young.person@demo.codesign.test", "young.person2@demo.codesign.test"
FIONA, ALASDAIR = "staff@demo.codesign.test", "manager@demo.codesign.test"
HANDOVER_NOTE = (
    "We got the friends' pack into every children's house. Still to do: the map of places to "
    "get help in Oban. Ask for the meeting room with the big table, and always book the bus."
)
FIRST_ANSWERS = {
    JAY: [
        "I want the changes we made to really happen.",
        "I know what it is like to leave care in a small town.",
        "Evenings after college.",
    ],
    ELLIE: [
        "To keep going with the friends' pack.",
        "I am good at making things look simple.",
        "Any day after 4pm.",
    ],
    NO_EMAIL_SIGN_IN: ["I liked the workshops.", "I say what I think.", "Saturdays."],
}
NEXT_ANSWERS = {
    NO_EMAIL_SIGN_IN: [
        "I came to every session and I want to carry on.",
        "Ideas for the map, and I know the bus times.",
        "Saturdays, or evenings if someone gives me a lift.",
    ],
    OFFLINE_NAME: [
        "Written on paper with Iain: I want other young people to get help sooner.",
        "I know a lot of people in Dunoon.",
        "Weekday afternoons.",
    ],
}


def chapter_working_group_places(project, users, *, lead):
    if project.places_rounds.exists():
        return
    people = _people(project)
    today = timezone.localdate()
    first = _round(
        project,
        lead,
        opened=days_ago(100),
        closes_on=today - timezone.timedelta(days=85),
        term=(today - timezone.timedelta(days=70), today + timezone.timedelta(days=25)),
        panel=[people[FIONA], people[OFFLINE_NAME]],
        decided=days_ago(80),
    )
    for key, answers in FIRST_ANSWERS.items():
        offered = key in (JAY, ELLIE)
        application = _apply(first, people[key], answers, days=95)
        PanelView.objects.create(
            application=application,
            member=people[FIONA],
            view=PanelView.View.YES if offered else PanelView.View.MAYBE,
            given_at=days_ago(84),
        )
        if offered:
            application.term = GroupTerm.objects.create(
                participant=people[key],
                starts_on=first.term_starts,
                ends_on=first.term_ends,
                handover_note=HANDOVER_NOTE if key == JAY else "",
                note_written_at=days_ago(3) if key == JAY else None,
            )
        application.status = (
            Application.Status.ACCEPTED if offered else Application.Status.NOT_OFFERED
        )
        application.save(update_fields=["term", "status"])
    following = _round(
        project,
        lead,
        opened=days_ago(5),
        closes_on=today + timezone.timedelta(days=12),
        term=(first.term_ends + timezone.timedelta(days=1), project.ends_on),
        panel=[people[JAY], people[ALASDAIR]],
        follows=first,
    )
    for key, answers in NEXT_ANSWERS.items():
        application = _apply(following, people[key], answers, days=3)
        PanelView.objects.create(
            application=application,
            member=people[JAY],
            view=PanelView.View.YES if key == NO_EMAIL_SIGN_IN else PanelView.View.MAYBE,
            note="Came to every session." if key == NO_EMAIL_SIGN_IN else "",
            given_at=days_ago(1),
        )


def _people(project):
    members = project.participants.select_related("user")
    people = {p.user.email: p for p in members if p.user_id and p.user.email}
    people[NO_EMAIL_SIGN_IN] = members.get(user__username=NO_EMAIL_SIGN_IN)
    people[OFFLINE_NAME] = members.get(user=None, display_name=OFFLINE_NAME)
    return people


def _round(project, lead, *, opened, closes_on, term, panel, decided=None, follows=None):
    places_round = PlacesRound.objects.create(
        project=project,
        places=2,
        who_may_apply=PlacesRound.WhoMayApply.YOUNG_PEOPLE,
        questions=DEFAULT_QUESTIONS,
        closes_on=closes_on,
        term_starts=term[0],
        term_ends=term[1],
        opened_by=lead,
        opened_at=opened,
        decided_at=decided,
        follows=follows,
    )
    places_round.panel.set([project.participants.get(user=lead), *panel])
    return places_round


def _apply(places_round, participant, answers, *, days):
    return Application.objects.create(
        round=places_round,
        participant=participant,
        answers=answers,
        applied_at=days_ago(days),
        changed_at=days_ago(days),
    )
