"""Getting in without email: the sign-in card with a person's sign-in name, a fresh card with
a one-time code from a lead or the local lead who invited them, and using that code."""

from django.contrib import messages
from django.contrib.auth import login
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods

from codesign.forms import submitted
from codesign.qr import qr_svg
from participants.forms.sign_in_cards import SignInCodeForm
from participants.identity import codes, wrong_codes
from participants.notify import site_url
from participants.selectors.sign_in_cards import active_places
from participants.services.sign_in_cards import (
    SignInCodeCancelled,
    SignInCodeExpired,
    SignInCodeRefused,
    SignInCodeUsed,
    sign_in_code_check,
    sign_in_code_issue,
    sign_in_code_use,
)
from projects.access import check_access, get_participant, get_project

WRONG_CODES = "sign-in-card"
AUTH_BACKEND = "django.contrib.auth.backends.ModelBackend"

REFUSALS = {
    SignInCodeUsed: "This code has been used already: each code works once. If you did not "
    "use it, ask the person who gave you the card for a new one.",
    SignInCodeExpired: "This code has run out: codes work for 7 days. Ask the person who gave "
    "you the card for a new one.",
    SignInCodeCancelled: "A newer card has replaced this one, so this code no longer works. "
    "Use the code on your newest card.",
}
UNKNOWN = (
    "We could not find a sign-in card with that code. Check each letter and number against "
    "your card. If it still does not work, ask the person who gave it to you."
)


def signin_page_url():
    return site_url(reverse("signin_card_use"))


@login_required
@never_cache
@require_GET
def my_sign_in_card(request):
    """The person's own sign-in name, on a card to print or photograph. Never the password."""
    sign_in_page = site_url(reverse("account_login"))
    return render(
        request,
        "participants/user_sign_in_card.html",
        {
            "sign_in_page": sign_in_page,
            "qr_code": qr_svg(sign_in_page, label="QR code that opens the sign-in page"),
            "places": active_places(request.user),
        },
    )


@login_required
@never_cache
@require_GET
def sign_in_name_step(request):
    """Straight after joining without email: the new sign-in name, on a page of its own, to
    write down or photograph before anything else; then on to where joining goes next."""
    next_url = request.GET.get("next", "")
    if not url_has_allowed_host_and_scheme(next_url, allowed_hosts={request.get_host()}):
        next_url = reverse("me:home")
    return render(request, "participants/user_sign_in_name.html", {"next_url": next_url})


@login_required
@never_cache
@require_http_methods(["GET", "POST"])
def sign_in_card_new(request, slug, pk):
    """Give someone a fresh sign-in card: their password stops working and they choose a new
    one with the code. The code is shown on this page once."""
    project = get_project(request, slug)
    person = get_participant(request, project, pk, "participants.invite", select=["user"])
    if person.user is None:
        raise Http404("This person has no account.")
    check_access(request.user, person, "participants.give_sign_in_card")
    context = {"project": project, "person": person}
    if request.method == "POST":
        code = sign_in_code_issue(participant=person, by=request.user)
        context |= {
            "code": codes.grouped(code),
            "expires": person.user.sign_in_codes.order_by("-pk").first().expires_at,
            "use_page": signin_page_url(),
            "qr_code": qr_svg(
                signin_page_url(), label="QR code that opens the page for the code on this card"
            ),
            "sign_in_page": site_url(reverse("account_login")),
        }
    return render(request, "participants/signincode_new.html", context)


@never_cache
@require_http_methods(["GET", "POST"])
def sign_in_card_use(request):
    """Choose a new password with the code from a fresh sign-in card, and be signed in."""
    if wrong_codes.too_many(request, WRONG_CODES):
        return render(request, "participants/signincode_slow_down.html", status=429)
    form = SignInCodeForm(submitted(request))
    if request.method == "POST":
        user = _use_code(request, form)
        if user is not None:
            login(request, user, backend=AUTH_BACKEND)
            messages.success(
                request,
                f"Your new password is set and you are signed in. Your sign-in name is "
                f"{user.username}.",
            )
            return redirect("home")
    return render(request, "participants/signincode_use.html", {"form": form})


def _use_code(request, form):
    """Every well-formed code typed is tried and, if refused, counted, whatever the password
    fields hold; the password is checked against the rules only once the code is accepted."""
    valid = form.is_valid()
    code = form.cleaned_data.get("code")
    if not code:
        return None
    try:
        if not valid:
            sign_in_code_check(code)
            return None
        return sign_in_code_use(code=code, password=form.cleaned_data["password1"])
    except SignInCodeRefused as refused:
        wrong_codes.count_one(request, WRONG_CODES)
        form.add_error("code", REFUSALS.get(type(refused), UNKNOWN))
    except ValidationError as error:
        form.add_error("password1", error)
    return None
