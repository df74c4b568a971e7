"""Reads about people: the people and join pages, consent as it stands today, support needs
for planning, and everything we hold about one person.

Consent given under 18 needs renewing when the person turns 18 (date of birth known) or
otherwise (an age band of "16 or 17", or a young person whose age we do not know) one year
after it was given. Until they answer again:
- photos count as "inside the project only" at most (never in reports or in public),
- being contacted counts as "no",
- using their information for the project keeps its answer, so they can still take part and
  see this prompt.
"""

from dataclasses import dataclass

from django.db.models import BooleanField, ExpressionWrapper, F, OuterRef, Q, Subquery, Value
from django.db.models.functions import Coalesce
from django.utils import timezone

from participants.models import Consent, User
from projects.roles import MemberStatus, Role

Level = Consent.Level


Purpose = Consent.Purpose


# Photo levels from least to most shared; each includes the ones before it.
PHOTO_LEVELS = [Level.NO, Level.PHOTOS_INSIDE, Level.PHOTOS_REPORTS, Level.PHOTOS_PUBLIC]


UNDER_18_BANDS = {User.AgeBand.UNDER_16, User.AgeBand.AGE_16_17}


ADULT_BANDS = {User.AgeBand.AGE_18_25, User.AgeBand.OVER_25}


def _today(today):
    return today or timezone.localdate()


def add_years(day, years):
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February in a year without one
        return day.replace(year=day.year + years, month=3, day=1)


def age_on(date_of_birth, day):
    before_birthday = (day.month, day.day) < (date_of_birth.month, date_of_birth.day)
    return day.year - date_of_birth.year - before_birthday


def age_band_for(age):
    """The age band someone of `age` falls in."""
    if age < 16:
        return User.AgeBand.UNDER_16
    if age < 18:
        return User.AgeBand.AGE_16_17
    if age <= 25:
        return User.AgeBand.AGE_18_25
    return User.AgeBand.OVER_25


def is_under_18(participant, *, today=None):
    """Whether consent given today counts as given under 18.

    Date of birth first, then the age band. If we do not know someone's age, young people (the
    16 to 25 role) are treated as possibly under 18, so they are asked again after a year; the
    other roles are staff and partners, who are adults.
    """
    user = participant.user
    if user is not None and user.date_of_birth:
        return age_on(user.date_of_birth, _today(today)) < 18
    band = user.age_band if user is not None else ""
    if band in UNDER_18_BANDS:
        return True
    if band in ADULT_BANDS:
        return False
    return participant.role == Role.YOUNG_PERSON


def renewal_due_on(consent, user):
    """The day an under-18 consent needs answering again, or None if it never does."""
    if not consent.given_under_18:
        return None
    if user is not None and user.date_of_birth:
        return add_years(user.date_of_birth, 18)
    return add_years(timezone.localtime(consent.given_at).date(), 1)


@dataclass(frozen=True)
class ConsentAnswer:
    """Where one consent question stands for one participant today."""

    purpose: str
    consent: Consent | None  # the answer in force (not withdrawn), if any
    answered: bool  # ever answered, even if later withdrawn
    needs_renewal: bool
    level: str  # what may be done now, after withdrawal and renewal are taken into account

    @property
    def given(self):
        return self.level != Level.NO


def _effective_level(purpose, level, needs_renewal):
    if not needs_renewal:
        return level
    if purpose == Purpose.PHOTOS:
        return min(level, Level.PHOTOS_INSIDE, key=PHOTO_LEVELS.index)
    if purpose == Purpose.CONTACT:
        return Level.NO
    return level


def current_consents(participant, *, today=None):
    """{purpose: ConsentAnswer} for all three questions.

    Uses `participant.consents.all()`, so prefetch `consents` when asking for many people.
    """
    today = _today(today)
    latest = {}
    answered = set()
    for consent in participant.consents.all():
        answered.add(consent.purpose)
        if consent.withdrawn_at is not None:
            continue
        best = latest.get(consent.purpose)
        if best is None or (consent.given_at, consent.pk) > (best.given_at, best.pk):
            latest[consent.purpose] = consent
    answers = {}
    for purpose in Purpose.values:
        consent = latest.get(purpose)
        if consent is None:
            answers[purpose] = ConsentAnswer(purpose, None, purpose in answered, False, Level.NO)
            continue
        due = renewal_due_on(consent, participant.user)
        needs_renewal = due is not None and today >= due
        answers[purpose] = ConsentAnswer(
            purpose,
            consent,
            True,
            needs_renewal,
            _effective_level(purpose, consent.level, needs_renewal),
        )
    return answers


def photo_consent_level(participant, *, today=None):
    """The widest use of photos of this person allowed today: one of PHOTO_LEVELS."""
    return current_consents(participant, today=today)[Purpose.PHOTOS].level


def photos_allowed(participant, where, *, today=None):
    """True if photos of the person may be used `where` (Level.PHOTOS_INSIDE, _REPORTS, _PUBLIC)."""
    level = photo_consent_level(participant, today=today)
    return PHOTO_LEVELS.index(level) >= PHOTO_LEVELS.index(where)


def may_contact(participant, *, today=None):
    return current_consents(participant, today=today)[Purpose.CONTACT].given


def consent_to_do(participant, *, today=None):
    """What the person still has to answer: (purposes never answered, purposes to renew)."""
    answers = current_consents(participant, today=today)
    missing = [p for p, a in answers.items() if not a.answered]
    renew = [p for p, a in answers.items() if a.needs_renewal]
    return missing, renew


def consent_prompts(participations, *, today=None):
    """Active projects where the person has consent to renew or questions never answered."""
    prompts = []
    for participant in participations:
        if participant.status != MemberStatus.ACTIVE:
            continue
        missing, renew = consent_to_do(participant, today=today)
        if missing or renew:
            prompts.append((participant, missing, renew))
    return prompts


def refused_data_use(participant, *, today=None):
    """True if the person said no to (or withdrew) using their information for the project.

    Their support needs are then left out of planning. Not having answered yet is different:
    their needs still count, so no one misses out on support while a form is on its way.
    """
    answer = current_consents(participant, today=today)[Purpose.DATA]
    return answer.answered and answer.level == Level.NO


def with_refused_data_use(people):
    """`people` (a Participant queryset) with `refused_data_use` worked out by the database, the
    same answer refused_data_use() gives for each person.

    One answer decides: the latest still standing (the latest given, then the latest recorded),
    or, when every answer was withdrawn, a withdrawn one. They refused if that answer is "no" or
    was withdrawn; someone who never answered has not refused. Renewal at 18 never changes this
    answer, so no date is needed. One subquery a person, so counting over many stays cheap.
    """
    deciding = (
        Consent.objects.filter(participant=OuterRef("pk"), purpose=Purpose.DATA)
        .order_by(F("withdrawn_at").asc(nulls_first=True), "-given_at", "-pk")
        .values(
            refused=ExpressionWrapper(
                Q(withdrawn_at__isnull=False) | Q(level=Level.NO), output_field=BooleanField()
            )
        )
    )
    return people.annotate(
        refused_data_use=Coalesce(Subquery(deciding[:1]), Value(False)),
    )


def refused_contact(participant, *, today=None):
    """True if the person said no to being contacted (or withdrew it, or it lapsed at 18).

    Messages about the project then reach them only on the site, never by email or text.
    Not having answered yet is different: someone still joining hears whether they are in.
    """
    answer = current_consents(participant, today=today)[Purpose.CONTACT]
    return answer.answered and not answer.given
