"""My page: my details, my projects, my consent answers, my data, deleting my account, and
the page of my email addresses."""

import json

from allauth.account.models import EmailAddress
from allauth.account.views import EmailView
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.core.serializers.json import DjangoJSONEncoder
from django.db.models import Q
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.decorators import method_decorator
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from codesign.forms import submitted
from participants import consent_texts
from participants.forms.account import DeleteAccountForm, ProfileForm
from participants.forms.network import FutureWorkForm
from participants.models import Consent
from participants.selectors.account import my_participations, only_lead_of, personal_data
from participants.selectors.consent import consent_prompts, current_consents
from participants.selectors.needs import support_needs_of
from participants.selectors.network import future_work_of
from participants.services.account import profile_save, user_delete, user_stop_texts
from participants.services.consent import consent_withdraw
from projects.roles import MemberStatus
from projects.views.kept_pages import kept_for_the_person

Level = Consent.Level


class AnswerRow:
    """One consent question as My page shows it."""

    def __init__(self, answer):
        question = consent_texts.question(answer.purpose)
        self.question = Consent.Purpose(answer.purpose).label
        self.answered = answer.answered
        self.consent = answer.consent
        self.needs_renewal = answer.needs_renewal
        self.said = question.choice_label(answer.consent.level) if answer.consent else ""
        self.counts_as = question.choice_label(answer.level)
        self.can_withdraw = answer.consent is not None and answer.consent.level != Level.NO


class ProjectPlace:
    """One project on My page: the person's place in it, needs and consent answers."""

    def __init__(self, participant, today):
        self.participant = participant
        self.project = participant.project
        self.is_active = participant.status == MemberStatus.ACTIVE
        self.needs = support_needs_of(participant)
        answers = current_consents(participant, today=today).values()
        self.answers = [AnswerRow(a) for a in answers]
        self.needs_renewal = any(a.needs_renewal for a in answers)
        self.unanswered = not any(a.answered for a in answers)

    @property
    def needs_in_short(self):
        return self.needs.in_words() if self.needs is not None else []


@login_required
@never_cache
@require_http_methods(["GET", "POST"])
@kept_for_the_person("my-page")
def home(request):
    user = request.user
    form = ProfileForm(submitted(request), instance=user)
    if request.method == "POST" and form.is_valid():
        profile_save(form=form)
        messages.success(request, "Your details are saved.")
        return redirect("me:home")
    today = timezone.localdate()
    participations = my_participations(user)
    for participant in participations:
        participant.user = user
    future_work = future_work_of(user)
    organisation_places = list(
        user.organisation_places.filter(Q(is_lead=True) | Q(is_safeguarding_lead=True))
        .select_related("organisation")
        .order_by("organisation__name", "pk")
    )
    return render(
        request,
        "participants/user_home.html",
        {
            "form": form,
            "future_work": future_work,
            "future_work_form": FutureWorkForm(answer=future_work),
            "organisations_led": [place for place in organisation_places if place.is_lead],
            "organisations_safeguarding": [
                place for place in organisation_places if place.is_safeguarding_lead
            ],
            "places": [ProjectPlace(p, today) for p in participations],
            "prompts": consent_prompts(participations, today=today),
        },
    )


@login_required
@require_POST
def consent_withdraw_view(request, consent_id):
    """One button: the answer stops counting at once."""
    consent = get_object_or_404(
        Consent.objects.select_related("participant__project"), pk=consent_id
    )
    if consent.participant.user_id != request.user.pk:
        raise Http404("No such answer.")
    if consent.withdrawn_at is None:
        consent_withdraw(consent=consent)
        messages.success(
            request,
            f"Done. You have withdrawn “{consent.get_purpose_display()}” for "
            f"“{consent.participant.project.title}”. This works from now on.",
        )
    return redirect("me:home")


@login_required
@never_cache
@require_GET
def data_page(request):
    return render(request, "participants/user_data.html", {"data": personal_data(request.user)})


@login_required
@never_cache
@require_GET
def data_json(request):
    body = json.dumps(personal_data(request.user), cls=DjangoJSONEncoder, indent=2)
    response = HttpResponse(body, content_type="application/json; charset=utf-8")
    filename = f"codesign-my-data-{timezone.localdate().isoformat()}.json"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@login_required
@never_cache
@require_http_methods(["GET", "POST"])
def delete_account(request):
    user = request.user
    form = DeleteAccountForm(submitted(request))
    if request.method == "POST" and form.is_valid():
        user_delete(user=user, remove_contributions=form.cleaned_data["remove_contributions"])
        logout(request)
        messages.success(request, "Your account and your personal details have been deleted.")
        return redirect("home")
    participations = my_participations(user)
    return render(
        request,
        "participants/user_delete.html",
        {
            "form": form,
            "projects": [p.project for p in participations if p.status == MemberStatus.ACTIVE],
            "only_lead_of": only_lead_of(participations),
        },
    )


@login_required
@require_POST
def texts_stop(request):
    user_stop_texts(user=request.user)
    messages.success(request, "We will not text you any more. Your number is still saved.")
    return redirect("me:home")


@method_decorator(login_required, name="dispatch")
class EmailAddressesView(EmailView):
    """allauth's page of a person's email addresses, except that looking at it writes nothing.

    allauth copies the account's email address into its list of addresses on every request to
    this page, a GET included. Here that waits for a POST (adding, checking, removing or choosing
    the main address), and until then the account's address is shown as not yet checked."""

    def dispatch(self, request, *args, **kwargs):
        if request.method in ("GET", "HEAD"):
            self._did_send_verification_email = False
            return super(EmailView, self).dispatch(request, *args, **kwargs)
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        user = self.request.user
        addresses = context["emailaddresses"]
        if user.email and user.email.lower() not in {a.email.lower() for a in addresses}:
            unsaved = EmailAddress(user=user, email=user.email, primary=not addresses)
            addresses.append(unsaved)
            context["emailaddress_radios"].append(
                {
                    "id": f"email_radio_{len(addresses) - 1}",
                    "checked": len(addresses) == 1,
                    "emailaddress": unsaved,
                }
            )
        return context


email_addresses = EmailAddressesView.as_view()
