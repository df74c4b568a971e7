"""How long the people app keeps accounts, offline people's records, support needs and messages
(registered with the retention schedule in `register()`, called from the app's ready())."""

import datetime

from django.db.models import Exists, OuterRef
from django.db.models.functions import Coalesce
from django.utils import formats, timezone

from participants.models import (
    Consent,
    Invitation,
    Notification,
    Participant,
    RemovalWarning,
    SupportNeeds,
    User,
)
from participants.notify import notify
from participants.services.account import FORMER_PARTICIPANT, user_delete
from projects.audit import audit_forget_target_words
from projects.registries.retention import (
    Removal,
    delete_each,
    months_before,
    retention,
    start_of,
)

WARN_DAYS = (30, 7)


def _inactive_accounts(*, before, scope):
    """Accounts (not site staff) whose last sign-in, or joining if never, was before `before`."""
    accounts = (
        User.objects.filter(is_active=True, is_staff=False, is_superuser=False)
        .annotate(active_at=Coalesce("last_login", "date_joined"))
        .filter(active_at__lt=before)
    )
    if scope.holds.people:
        accounts = accounts.exclude(pk__in=scope.holds.people)
    if scope.holds.projects:
        accounts = accounts.exclude(participations__project__in=scope.holds.projects)
    return accounts.distinct().order_by("pk")


def accounts_due(*, on, months, scope):
    """Inactive for `months`, and told at least a week ago (so nobody goes unwarned, even on the
    day the schedule first runs)."""
    told = RemovalWarning.objects.filter(
        user=OuterRef("pk"),
        inactive_since=OuterRef("active_at"),
        days_before=WARN_DAYS[-1],
        sent_on__lte=on - datetime.timedelta(days=WARN_DAYS[-1]),
    )
    inactive = _inactive_accounts(before=start_of(months_before(on, months)), scope=scope)
    return inactive.filter(Exists(told))


def accounts_remove(accounts):
    for user in accounts:
        user_delete(user=user, remove_contributions=False)
    return len(accounts)


def accounts_warn(*, on, months, scope):
    """Tell each person 30 and then 7 days ahead that their account will go, once each."""
    sent = 0
    for days in WARN_DAYS:
        ahead = on + datetime.timedelta(days=days)
        for user in _inactive_accounts(before=start_of(months_before(ahead, months)), scope=scope):
            removal_on = max(_removal_day(user, months), on + datetime.timedelta(days=days))
            sent += _warn_once(user=user, days=days, removal_on=removal_on, on=on)
    return sent


def _removal_day(user, months):
    # The first day on which the account has been inactive for `months` whole months.
    next_day = timezone.localdate(user.active_at) + datetime.timedelta(days=1)
    return months_before(next_day, -months)


def _warn_once(*, user, days, removal_on, on):
    _, created = RemovalWarning.objects.get_or_create(
        user=user, days_before=days, inactive_since=user.active_at, defaults={"sent_on": on}
    )
    if not created:
        return 0
    when = formats.date_format(removal_on, "j F Y")
    notify(
        user=user,
        subject=f"Your account will be removed on {when}",
        body=(
            f"You have not signed in for a long time, so your account and what we hold about "
            f"you will be removed on {when}. To keep it, just sign in before then."
        ),
        essential=True,
        link="/me/",
        action="Sign in to keep your account",
    )
    return 1


def offline_people_due(*, on, months, scope):
    people = Participant.objects.filter(
        user__isnull=True,
        project__ends_on__lt=months_before(on, months),
    ).exclude(display_name=FORMER_PARTICIPANT)
    return scope.narrow(people).order_by("pk")


def offline_people_remove(people):
    ids = [person.pk for person in people]
    SupportNeeds.objects.filter(participant__in=ids).delete()
    Consent.objects.filter(participant__in=ids).delete()
    Invitation.objects.filter(participant__in=ids).update(email="", name="")
    Participant.objects.filter(pk__in=ids).update(display_name=FORMER_PARTICIPANT)
    audit_forget_target_words(target_model=Participant, target_ids=ids, words=FORMER_PARTICIPANT)
    return len(ids)


def support_needs_due(*, on, months, scope):
    needs = SupportNeeds.objects.filter(participant__project__ends_on__lt=months_before(on, months))
    return scope.narrow(
        needs, project="participant__project", people=["participant__user"]
    ).order_by("pk")


def messages_due(*, on, months, scope):
    messages = Notification.objects.filter(created_at__lt=start_of(months_before(on, months)))
    return scope.narrow(messages, people=["user"]).order_by("pk")


def messages_remove(messages):
    Notification.objects.filter(pk__in=[m.pk for m in messages]).delete()
    return len(messages)


def someone_taking_part(project):
    """Another person in the project, to ask the rules who may see their records."""
    return Participant(project=project, role="young_person", user_id=None, invited_by_id=None)


def accounts_held(project):
    return project.participants.filter(user__isnull=False)


def offline_people_held(project):
    people = project.participants.filter(user__isnull=True)
    return people.exclude(display_name=FORMER_PARTICIPANT)


def support_needs_held(project):
    return SupportNeeds.objects.filter(participant__project=project)


def messages_held(project):
    return Notification.objects.filter(project=project)


def register():
    retention.add(
        key="accounts",
        name="Accounts not used",
        why="An account lets a person sign in and take part; one nobody uses only holds data.",
        who_sees="The person; site administrators.",
        months=24,
        after="after the person last signed in",
        removal=Removal.ANONYMISE,
        remains=(
            "The account, name, contact details, support needs, consents and messages go. "
            'Their place in each project stays as "A former participant" so counts add up.'
        ),
        find=accounts_due,
        remove=accounts_remove,
        warn=accounts_warn,
        held=accounts_held,
        per_project=False,
        order=10,
    )
    retention.add(
        key="offline_people",
        name="People taking part without an account",
        why="A lead records people who take part on paper so they are invited, paid and counted.",
        who_sees="The project's leads, local leads and facilitators.",
        months=12,
        after="after the project ends",
        removal=Removal.ANONYMISE,
        remains='Their name, support needs and consents go; they stay as "A former participant".',
        find=offline_people_due,
        held=offline_people_held,
        remove=offline_people_remove,
        permission="participants.view_people_details",
        order=20,
    )
    retention.add(
        key="support_needs",
        name="Support needs",
        why="So sessions are planned around what helps each person take part.",
        who_sees="The person, and the people who plan their support.",
        months=6,
        after="after the project ends",
        removal=Removal.DELETE,
        find=support_needs_due,
        held=support_needs_held,
        remove=delete_each,
        permission="participants.view_support_needs",
        example=someone_taking_part,
        order=30,
    )
    retention.add(
        key="messages",
        name="Messages",
        why="A person's inbox, and the record of each email, text or letter sent from it.",
        who_sees="The person; a lead sees letters still to be posted.",
        months=12,
        after="after the message was sent",
        removal=Removal.DELETE,
        find=messages_due,
        held=messages_held,
        remove=messages_remove,
        per_project=False,
        order=80,
    )
