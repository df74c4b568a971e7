"""The demo's training session: Priya ran "Speaking up with managers" at the community centre
before the working group's first meeting with council managers, with Jay as her young
co-trainer, paid at the trainer rate (his claim waits on the lead's queue). Ellie, Dylan and
Kirsty rated themselves before and after, so the module shows how their confidence changed:
three young people, enough for an average to be shown. Running it again changes nothing."""

from datetime import timedelta

from django.utils import timezone

from sessions.meetings.demo import OBAN, demo_reply, demo_session, demo_time
from sessions.models import Attendance, Claim, Completion, Kind, Moment, Rate, Rating, Route
from sessions.payments.models import CO_TRAINER
from sessions.payments.selectors.payments import tax_year_of
from sessions.payments.services.claims import claim_submit
from sessions.payments.services.rates import rate_add
from sessions.training.models import TrainingModule
from sessions.training.services.deliveries import delivery_set

MODULE_TITLE = "Speaking up with managers"
SESSION_TITLE = "Training: speaking up with managers"
# Each person's ratings of the module's statements, before and after.
RATINGS = {
    "Ellie": ([4, 5], [7, 8]),
    "Dylan": ([6, 6], [8, 7]),
    "Kirsty": ([5, 4], [8, 8]),
}
TRAINER_RATE_PENCE = 18_00


def chapter_training_session(project, *, facilitator, lead):
    module = TrainingModule.objects.get(project=project, title=MODULE_TITLE)
    people = {p.display_name: p for p in project.participants.all()}
    jay, priya = people["Jay"], people["Priya (Snook)"]
    day = timezone.localdate() - timedelta(days=5)
    session = demo_session(
        project,
        SESSION_TITLE,
        facilitator,
        kind=Kind.TRAINING,
        description="Getting ready for the working group's first meeting with council "
        "managers: practising saying what you think, and disagreeing politely. Jay, who has "
        "been to every workshop, runs the role-play with Priya.",
        starts_at=demo_time(day, 17),
        ends_at=demo_time(day, 19),
        offers_food=True,
        offers_travel=True,
        **OBAN,
    )
    if not hasattr(session, "delivery"):
        delivery_set(
            module=module, session=session, by=facilitator, trainers=[priya], co_trainers=[jay]
        )
    for person in (jay, *(people[name] for name in RATINGS)):
        demo_reply(session, person, Attendance.Reply.YES, attended=True)
    _ratings(module, people, session)
    _trainer_rate(project, lead, day)
    if not Claim.objects.filter(participant=jay, session=session).exists():
        claim = claim_submit(
            participant=jay, session=session, by=jay.user, minutes=150, route=Route.VOUCHER
        )
        Claim.objects.filter(pk=claim.pk).update(submitted_at=session.ends_at + timedelta(hours=4))


def _ratings(module, people, session):
    statements = list(module.statements.order_by("number"))
    for name, (before, after) in RATINGS.items():
        person = people[name]
        for moment, scores in ((Moment.BEFORE, before), (Moment.AFTER, after)):
            for statement, score in zip(statements, scores, strict=False):
                Rating.objects.update_or_create(
                    statement=statement,
                    participant=person,
                    moment=moment,
                    defaults={"score": score, "rated_at": session.ends_at},
                )
        Completion.objects.get_or_create(
            module=module, participant=person, defaults={"completed_at": session.ends_at}
        )


def _trainer_rate(project, lead, day):
    if any(CO_TRAINER in roles for roles in project.rates.values_list("roles", flat=True)):
        return
    this_year, _ = tax_year_of(day)
    rate_add(
        project=project,
        by=lead,
        per=Rate.Per.HOUR,
        amount_pence=TRAINER_RATE_PENCE,
        roles=[CO_TRAINER],
        valid_from=this_year,
    )
