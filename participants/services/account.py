"""Writes about a person's own account: deleting it and the personal data held about it."""

from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from participants.models import Consent, Invitation, Participant, SupportNeeds
from participants.registries.personal_data import personal_data as held_elsewhere
from projects.audit import audit_forget_target_words
from projects.freshness import project_changed_by_id
from projects.models import Update
from projects.roles import MemberStatus

FORMER_PARTICIPANT = "A former participant"


@transaction.atomic
def user_delete(*, user, remove_contributions=False):
    """Delete an account and the personal data held about it.

    Goes: the account (name, email addresses, date of birth, age band, email choice, sign-in
    history), support needs (with any phone number), consent answers, notifications, and the
    name and email written on invitations to them (any still open are revoked).

    Stays, without the person: each Participant row, renamed "A former participant", with no
    account and marked as left, so project history and counts (who took part in which role)
    still add up. Records kept for the project's accounts and decisions (spending, funding,
    decisions, stage changes, glossary terms, files) keep no link to the person.

    Their own words: with `remove_contributions` the project updates they wrote are deleted;
    otherwise they stay, shown without a name. What the apps above this one hold about the
    person (session replies, comments, claims…) is handled by each of them the same way, through
    the registry in `participants/registries/personal_data.py`.
    """
    participants = list(Participant.objects.select_for_update().filter(user=user))
    held_elsewhere.forget(
        user=user, participants=participants, remove_contributions=remove_contributions
    )
    project_changed_by_id(*{participant.project_id for participant in participants})
    SupportNeeds.objects.filter(participant__in=participants).delete()
    Consent.objects.filter(participant__in=participants).delete()
    now = timezone.now()
    theirs = Invitation.objects.filter(Q(accepted_by=user) | Q(participant__in=participants))
    theirs.filter(accepted_at__isnull=True, revoked_at__isnull=True).update(revoked_at=now)
    theirs.update(email="", name="", accepted_by=None)
    Participant.objects.filter(pk__in=[p.pk for p in participants]).update(
        user=None,
        display_name=FORMER_PARTICIPANT,
        status=MemberStatus.LEFT,
    )
    audit_forget_target_words(
        target_model=Participant, target_ids=[p.pk for p in participants], words=FORMER_PARTICIPANT
    )
    if remove_contributions:
        Update.objects.filter(author=user).delete()
    user.delete()


@transaction.atomic
def profile_save(*, form):
    """Save a person's own details (`form` is a valid ProfileForm). Their name shows on the
    projects they take part in (who moved a stage, who decided), so each moves on."""
    user = form.save()
    project_changed_by_id(
        *Participant.objects.filter(user=user).values_list("project_id", flat=True)
    )
    return user


def user_stop_texts(*, user):
    """No more texts, whatever was asked before. The number stays until the person removes it."""
    user.wants_texts = False
    user.save(update_fields=["wants_texts"])


def user_texts_on(*, user, mobile):
    """The person chose texts and gave a mobile number (a checked PhoneNumber): texts go on."""
    user.mobile = mobile
    user.wants_texts = True
    user.save(update_fields=["mobile", "wants_texts"])


def user_contact_choose(*, user, choice, mobile=None, address=""):
    """The person chose, in the welcome step, how to hear what matters to them: that channel
    goes on. "Only on this website" turns email, texts and letters off (the inbox has it all);
    choosing email turns email back on after that. Returns what they will now hear by, in words,
    or "" when nothing changed."""
    Contact = SupportNeeds.Contact
    if choice == Contact.TEXT and mobile is not None:
        user_texts_on(user=user, mobile=mobile)
        return f"We will text you at {mobile.as_national} when something matters to you."
    if choice == Contact.POST and address.strip():
        user.wants_letters = True
        user.postal_address = address.strip()
        user.save(update_fields=["wants_letters", "postal_address"])
        return "We will post you a letter when something matters to you."
    if choice == Contact.SITE:
        user.wants_texts = user.wants_letters = False
        fields = ["wants_texts", "wants_letters"]
        if user.email:
            user.email_frequency = user.EmailFrequency.NONE
            fields.append("email_frequency")
        user.save(update_fields=fields)
        return "We will not email, text or post you: look in Messages on this website."
    if choice == Contact.EMAIL and user.email and user.email_frequency == "none":
        user.email_frequency = user.EmailFrequency.EVERY
        user.save(update_fields=["email_frequency"])
        return "We will email you when something matters to you."
    return ""
