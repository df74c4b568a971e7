"""Reads about one person across projects: My page, and everything we hold about them."""

from django.db.models import Count, Q
from django.utils import timezone

from participants.models import FutureWork, Invitation, NetworkAsk, Notification, Participant
from participants.registries.personal_data import personal_data as held_elsewhere
from participants.selectors.needs import support_needs_of
from projects.models import Project
from projects.roles import (
    MemberStatus,
    Role,
)


def my_participations(user):
    """Every project place the user has, with what My page shows about each, in two queries."""
    return list(
        Participant.objects.filter(user=user)
        .select_related("project", "support_needs", "user")
        .prefetch_related("consents")
        .order_by("status", "project__title", "pk")
    )


def _when(value):
    return timezone.localtime(value) if value else None


def _needs_data(needs):
    if needs is None:
        return None
    return {
        "childcare": needs.childcare,
        "travel": needs.travel,
        "access": needs.access_labels,
        "food_i_cannot_eat": needs.dietary,
        "when_i_can_come": needs.availability_labels,
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


def _future_work_data(user):
    answer = FutureWork.objects.filter(user=user).first()
    asks = NetworkAsk.objects.filter(user=user).select_related("project")
    return {
        "ask_me_about_future_work": answer.wants_asking if answer else False,
        "what_i_would_like_to_do": answer.would_like_labels if answer else [],
        "in_my_own_words": answer.in_my_own_words if answer else "",
        "when_i_can_come": answer.availability_labels if answer else [],
        "taking_a_break_until": answer.break_until if answer else None,
        "asked_to_join": [
            {"project": ask.project.title, "asked_at": _when(ask.asked_at)} for ask in asks
        ],
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
            "sign_in_name": user.username,
            "mobile": str(user.mobile) if user.mobile else None,
            "texts_about_things_that_matter": user.wants_texts,
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
                "support_needs": _needs_data(support_needs_of(p)),
                "consents": [_consent_data(c) for c in p.consents.all()],
            }
            for p in participations
        ],
        "future_work": _future_work_data(user),
        "sign_in_cards": [
            {
                "given_at": _when(card.created_at),
                "worked_until": _when(card.expires_at),
                "used_at": _when(card.used_at),
                "replaced_by_a_newer_card_at": _when(card.cancelled_at),
            }
            for card in user.sign_in_codes.all()
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
        "more": held_elsewhere.collect(user),
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
