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

from dataclasses import dataclass, field

from django.db.models import Count, Q
from django.utils import timezone

from participants.codes import INVITATION_CODE_LENGTH, OPEN_JOIN_CODE_LENGTH
from participants.models import Consent, Invitation, Notification, Participant, SupportNeeds, User
from projects.models import Project
from projects.predicates import membership
from projects.roles import MemberStatus, Role, role_heading

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


def support_needs_of(participant):
    """The participant's SupportNeeds, or None if they have not told us yet (no query if
    `support_needs` was selected)."""
    try:
        return participant.support_needs
    except SupportNeeds.DoesNotExist:
        return None


# --- My page -------------------------------------------------------------------------------


def my_participations(user):
    """Every project place the user has, with what My page shows about each, in two queries."""
    return list(
        Participant.objects.filter(user=user)
        .select_related("project", "support_needs", "user")
        .prefetch_related("consents")
        .order_by("status", "project__title", "pk")
    )


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


# --- Planning summary ------------------------------------------------------------------------


def needs_visible_to(user, project):
    """Active participants whose needs `user` may see in the project's planning summary.

    Leads and facilitators see everyone; local leads only the people they invited. The caller
    has already checked `participants.view_needs_summary`.
    """
    member = membership(user, project)
    people = Participant.objects.filter(project=project, status=MemberStatus.ACTIVE)
    if member is None or member.role not in (Role.LEAD, Role.FACILITATOR):
        people = people.filter(invited_by=user)
    people = people.select_related("support_needs", "user").prefetch_related("consents")
    return list(people.order_by("display_name", "pk"))


def refused_data_use(participant, *, today=None):
    """True if the person said no to (or withdrew) using their information for the project.

    Their support needs are then left out of planning. Not having answered yet is different:
    their needs still count, so no one misses out on support while a form is on its way.
    """
    answer = current_consents(participant, today=today)[Purpose.DATA]
    return answer.answered and answer.level == Level.NO


@dataclass
class NeedsCount:
    label: str
    count: int


def needs_counts(people):
    """Counts a planner needs, from participants with `support_needs` selected."""
    needs = [n for n in (support_needs_of(p) for p in people) if n is not None]

    def count(test):
        return sum(1 for n in needs if test(n))

    def only(when):
        return lambda n: list(n.availability) == [when]

    When = SupportNeeds.When
    Access = SupportNeeds.Access
    rows = [
        NeedsCount("Need childcare", count(lambda n: n.childcare)),
        NeedsCount("Need help with travel", count(lambda n: n.travel)),
        NeedsCount("Need step-free access", count(lambda n: Access.STEP_FREE in n.access)),
        NeedsCount("Need a BSL interpreter", count(lambda n: Access.BSL in n.access)),
        NeedsCount("Need easy read papers", count(lambda n: Access.EASY_READ in n.access)),
        NeedsCount("Need large print", count(lambda n: Access.LARGE_PRINT in n.access)),
        NeedsCount("Have food they cannot eat", count(lambda n: n.dietary.strip())),
        NeedsCount(
            "Can come on weekdays in the daytime",
            count(lambda n: When.WEEKDAY_DAYTIME in n.availability),
        ),
        NeedsCount("Can come in the evening", count(lambda n: When.EVENINGS in n.availability)),
        NeedsCount("Can come at weekends", count(lambda n: When.WEEKENDS in n.availability)),
        NeedsCount("Can only come in the evening", count(only(When.EVENINGS))),
        NeedsCount("Can only come at weekends", count(only(When.WEEKENDS))),
        NeedsCount("Have not said when they can come", count(lambda n: not n.availability)),
    ]
    return {
        "people": len(people),
        "answered": len(needs),
        "not_answered": len(people) - len(needs),
        "rows": rows,
    }


def labels_for(values, choices):
    labels = dict(choices)
    return [labels.get(value, value) for value in values]


# --- Everything about one person ------------------------------------------------------------


def _when(value):
    return timezone.localtime(value) if value else None


def _needs_data(needs):
    if needs is None:
        return None
    return {
        "childcare": needs.childcare,
        "travel": needs.travel,
        "access": labels_for(needs.access, SupportNeeds.Access.choices),
        "food_i_cannot_eat": needs.dietary,
        "when_i_can_come": labels_for(needs.availability, SupportNeeds.When.choices),
        "how_to_contact_me": needs.get_preferred_contact_display(),
        "phone": needs.phone,
        "in_my_own_words": needs.in_my_own_words,
        "updated_at": _when(needs.updated_at),
    }


def _consent_data(consent):
    return {
        "question": consent.get_purpose_display(),
        "answer": consent.get_level_display(),
        "given_at": _when(consent.given_at),
        "given_under_18": consent.given_under_18,
        "withdrawn_at": _when(consent.withdrawn_at),
        "recorded_from_a_paper_form": consent.recorded_by_id is not None,
        "words_shown": consent.text_shown,
    }


def personal_data(user):
    """Everything Codesign holds about `user`, and nothing about anyone else.

    Names of other people (who invited them, who typed in a paper form) are left out on purpose.
    """
    from allauth.account.models import EmailAddress

    participations = (
        Participant.objects.filter(user=user)
        .select_related("project", "support_needs")
        .prefetch_related("consents")
        .order_by("project__title", "pk")
    )
    invitations = (
        Invitation.objects.filter(accepted_by=user)
        .select_related("project")
        .order_by("accepted_at")
    )
    notifications = Notification.objects.filter(user=user).select_related("project")
    emails = EmailAddress.objects.filter(user=user).order_by("email")
    return {
        "account": {
            "name": user.display_name,
            "email": user.email,
            "email_addresses": [
                {"email": e.email, "verified": e.verified, "primary": e.primary} for e in emails
            ],
            "date_of_birth": user.date_of_birth,
            "age_band": user.get_age_band_display() if user.age_band else None,
            "how_much_email": user.get_email_frequency_display(),
            "joined": _when(user.date_joined),
            "last_signed_in": _when(user.last_login),
        },
        "projects": [
            {
                "project": p.project.title,
                "name_in_project": p.display_name,
                "role": p.get_role_display(),
                "status": p.get_status_display(),
                "joined_at": _when(p.joined_at),
                "in_working_group": p.in_working_group,
                "happy_to_be_asked_about_future_projects": p.wants_future_involvement,
                "support_needs": _needs_data(support_needs_of(p)),
                "consents": [_consent_data(c) for c in p.consents.all()],
            }
            for p in participations
        ],
        "invitations_accepted": [
            {
                "project": i.project.title,
                "role": i.get_role_display(),
                "code": i.code,
                "accepted_at": _when(i.accepted_at),
            }
            for i in invitations
        ],
        "notifications": [
            {
                "project": n.project.title if n.project else None,
                "subject": n.subject,
                "message": n.body,
                "created_at": _when(n.created_at),
                "emailed_at": _when(n.emailed_at),
            }
            for n in notifications
        ],
    }


def only_lead_of(participations):
    """Active projects where this person is the only active project lead."""
    led = [
        p.project_id
        for p in participations
        if p.status == MemberStatus.ACTIVE and p.role == Role.LEAD
    ]
    if not led:
        return []
    return list(
        Project.objects.filter(pk__in=led)
        .annotate(
            leads=Count(
                "participants",
                filter=Q(participants__role=Role.LEAD, participants__status=MemberStatus.ACTIVE),
            )
        )
        .filter(leads=1)
        .order_by("title")
    )


# Who a local lead may invite when the lead has not chosen.
DEFAULT_LOCAL_LEAD_ROLES = (Role.YOUNG_PERSON, Role.STAFF)
# Roles anyone with a link may take: none of them sees other people's details.
OPEN_JOIN_ROLE_CHOICES = (Role.YOUNG_PERSON, Role.STAFF, Role.MANAGER)
# Roles a lead may let local leads invite into (never lead: that would hand over the project).
LOCAL_LEAD_ROLE_CHOICES = tuple(role for role in Role if role != Role.LEAD)

# What taking part in each role means, in a sentence.
ROLE_MEANINGS = {
    Role.LEAD: "You will set up and run the project with everyone else.",
    Role.LOCAL_LEAD: "You will invite people locally and help them take part.",
    Role.FACILITATOR: "You will plan and run the sessions.",
    Role.YOUNG_PERSON: (
        "You will share what you know from your own life and help design the support, "
        "as an equal. Your experience is what matters here."
    ),
    Role.STAFF: "You will bring what you know from your work and design the support together.",
    Role.MANAGER: (
        "You will bring what you know from managing services, take part as an equal and help "
        "put ideas into practice."
    ),
}


def _ordered_roles(roles, allowed):
    wanted = set(roles)
    return [role for role in allowed if role in wanted]


def invite_roles_for(project, user):
    """Roles the user may invite people into: any for a lead, the lead's choice for local leads."""
    member = membership(user, project)
    if member is None:
        return []
    if member.role == Role.LEAD:
        return list(Role)
    if member.role == Role.LOCAL_LEAD:
        return local_lead_roles(project)
    return []


def local_lead_roles(project):
    return [
        Role(role)
        for role in _ordered_roles(
            project.local_lead_roles or DEFAULT_LOCAL_LEAD_ROLES, LOCAL_LEAD_ROLE_CHOICES
        )
    ]


def open_join_roles(project):
    return [Role(role) for role in _ordered_roles(project.open_join_roles, OPEN_JOIN_ROLE_CHOICES)]


def find_invitation(code):
    if len(code) != INVITATION_CODE_LENGTH:
        return None
    return (
        Invitation.objects.select_related("project", "invited_by", "participant")
        .filter(code=code)
        .first()
    )


def find_open_join_project(code):
    if len(code) != OPEN_JOIN_CODE_LENGTH:
        return None
    return Project.objects.filter(open_join_enabled=True, open_join_code=code).first()


@dataclass
class RoleGroup:
    role: Role
    label: str
    people: list = field(default_factory=list)


@dataclass
class PeopleOverview:
    taking_part: list  # [RoleGroup], active people by role
    waiting: list  # asked to join with the link, waiting for a lead
    declined: list  # a lead said "not for now"
    left: list
    invited_by_me: list


def people_overview(project, viewer):
    """Everyone in the project, sorted into what the people page shows. One query."""
    participants = list(
        Participant.objects.for_project(project)
        .select_related("invited_by", "user")
        .order_by("display_name", "pk")
    )
    groups = {role: RoleGroup(role=role, label=role_heading(role)) for role in Role}
    waiting, declined, left, invited_by_me = [], [], [], []
    for person in participants:
        if person.status == MemberStatus.ACTIVE:
            groups[Role(person.role)].people.append(person)
        elif person.status == MemberStatus.PENDING:
            waiting.append(person)
        elif person.status == MemberStatus.DECLINED:
            declined.append(person)
        elif person.status == MemberStatus.LEFT:
            left.append(person)
        if viewer.is_authenticated and person.invited_by_id == viewer.pk:
            invited_by_me.append(person)
    waiting.sort(key=lambda person: person.created_at)
    return PeopleOverview(
        taking_part=[group for group in groups.values() if group.people],
        waiting=waiting,
        declined=declined,
        left=left,
        invited_by_me=invited_by_me,
    )


def invitations_for(project, viewer, *, everyone):
    """The invitations a viewer may see: all of them for leads, their own for local leads."""
    invitations = Invitation.objects.filter(project=project).select_related(
        "invited_by", "accepted_by", "participant"
    )
    if not everyone:
        invitations = invitations.filter(invited_by=viewer)
    return list(invitations.order_by("-created_at", "-pk"))
