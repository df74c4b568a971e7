"""Making an account without telling anyone which addresses already have one.

Whether someone uses a social-care project is private, so every sign-up (the sign-up page and
joining with a code or link) whose address is not already proven gets the same answer: "check
your email". A new address gets a link that finishes the account and signs the person in; an
address that already has an account gets an email telling its owner someone tried, and nothing
is saved.
"""

from allauth.account.app_settings import EmailVerificationMethod
from allauth.account.internal.flows.login import perform_login
from allauth.account.models import Login
from allauth.account.utils import complete_signup
from allauth.account.views import SignupView as AllauthSignupView
from django.contrib.auth.hashers import make_password


def take_as_long_as_a_new_account(password):
    """Hash the password typed for an address in use and throw the hash away: making a new
    account hashes one, and the answer must not come back measurably sooner without it."""
    make_password(password)


def check_your_email(request, *, user, email, redirect_url=None):
    """The one answer to a sign-up. `user` is the new account, or None when the address
    already had one. `redirect_url` is where the person goes once they follow the link."""
    if user is None:
        login = Login(
            user=None,
            email=email,
            signup=True,
            email_verification=EmailVerificationMethod.MANDATORY,
            redirect_url=redirect_url,
        )
        return perform_login(request, login)
    return complete_signup(
        request,
        user=user,
        email_verification=EmailVerificationMethod.MANDATORY,
        success_url=redirect_url,
    )


class SignupView(AllauthSignupView):
    def form_valid(self, form):
        email = form.cleaned_data["email"]
        redirect_url = self.get_success_url()
        if form.account_already_exists:
            take_as_long_as_a_new_account(form.cleaned_data["password1"])
            return check_your_email(self.request, user=None, email=email, redirect_url=redirect_url)
        user = form.save(self.request)
        return check_your_email(self.request, user=user, email=email, redirect_url=redirect_url)


signup = SignupView.as_view()
