"""Consent: the welcome step when someone joins, changing answers, and paper forms."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods

from codesign.forms import submitted
from participants import consent_texts
from participants.forms.consent import OwnConsentForm, PaperConsentForm
from participants.selectors.consent import consent_to_do, current_consents
from participants.selectors.needs import support_needs_of
from participants.services.consent import consents_give, own_consents_give
from participants.views.needs import WELCOME_STEP
from projects.access import get_own_place, get_participant, get_project


def _standing_answers(answers):
    """Answers to show as already chosen: those in force that do not need renewing."""
    return {
        purpose: answer.consent.level
        for purpose, answer in answers.items()
        if answer.consent is not None and not answer.needs_renewal
    }


def _own_form(request, participant, answers):
    user = participant.user
    initial = _standing_answers(answers) | {
        "date_of_birth": user.date_of_birth,
        "age_band": user.age_band,
    }
    return OwnConsentForm(submitted(request), initial=initial)


def _renewal_reason(user):
    if user.date_of_birth:
        return "You have turned 18, so we need to ask you again."
    return "It is a year since you answered while you were under 18, so we need to ask you again."


@login_required
@never_cache
@require_http_methods(["GET", "POST"])
def welcome(request, slug):
    """The first step after joining: consent, then support needs, then the project."""
    project, participant = get_own_place(request, slug, "participants.record_consent")
    answers = current_consents(participant)
    missing, renew = consent_to_do(participant)
    if request.method == "GET" and not missing and not renew:
        if support_needs_of(participant) is None:
            return redirect(reverse("needs:my_needs", kwargs={"slug": slug}) + "?step=welcome")
        return redirect(project)
    form = _own_form(request, participant, answers)
    if request.method == "POST" and form.is_valid():
        own_consents_give(
            participant=participant,
            answers=form.answers(),
            date_of_birth=form.cleaned_data["date_of_birth"],
            age_band=form.cleaned_data["age_band"],
        )
        messages.success(request, "Thank you. Your answers are saved.")
        if support_needs_of(participant) is not None:
            return redirect(project)
        return redirect(reverse("needs:my_needs", kwargs={"slug": slug}) + f"?step={WELCOME_STEP}")
    return render(
        request,
        "participants/consent_form.html",
        {
            "project": project,
            "form": form,
            # Someone answering again is not new: no welcome, no steps.
            "in_welcome": bool(missing),
            "renewal_reason": _renewal_reason(request.user) if renew else "",
            "action": reverse("needs:welcome", kwargs={"slug": slug}),
        },
    )


@login_required
@never_cache
@require_http_methods(["GET", "POST"])
def consent_change(request, slug):
    project, participant = get_own_place(request, slug, "participants.record_consent")
    answers = current_consents(participant)
    renew = [p for p, a in answers.items() if a.needs_renewal]
    form = _own_form(request, participant, answers)
    if request.method == "POST" and form.is_valid():
        own_consents_give(
            participant=participant,
            answers=form.answers(),
            date_of_birth=form.cleaned_data["date_of_birth"],
            age_band=form.cleaned_data["age_band"],
        )
        messages.success(request, f"Your answers for “{project.title}” are saved.")
        return redirect("me:home")
    return render(
        request,
        "participants/consent_form.html",
        {
            "project": project,
            "form": form,
            "in_welcome": False,
            "renewal_reason": _renewal_reason(request.user) if renew else "",
            "action": reverse("needs:consent", kwargs={"slug": slug}),
        },
    )


@login_required
@never_cache
@require_http_methods(["GET", "POST"])
def consent_paper(request, slug, participant_id):
    """Type in the answers someone without an account gave on a paper form."""
    project = get_project(request, slug)
    participant = get_participant(
        request, project, participant_id, "participants.record_consent", prefetch=["consents"]
    )
    answers = current_consents(participant)
    form = PaperConsentForm(submitted(request), initial=_standing_answers(answers))
    if request.method == "POST" and form.is_valid():
        consents_give(
            participant=participant,
            answers=form.answers(),
            recorded_by=request.user,
            under_18=form.cleaned_data["under_18"],
        )
        messages.success(request, f"Saved the answers from {participant.display_name}'s form.")
        return redirect("needs:summary", slug=project.slug)
    return render(
        request,
        "participants/consent_paper.html",
        {"project": project, "participant": participant, "form": form, "answers": answers},
    )


@login_required
@require_GET
def consent_print(request, slug):
    """A blank paper form with the same words as the screen, to print for people offline."""
    project = get_project(request, slug, "participants.view_needs_summary")
    return render(
        request,
        "participants/consent_print.html",
        {
            "project": project,
            "questions": consent_texts.questions(),
            "version": consent_texts.CURRENT_VERSION,
        },
    )
