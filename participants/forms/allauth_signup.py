"""The sign-up page's form: allauth's, with our extra fields from forms.signup.SignupExtraForm
(kept apart from it, since allauth builds its own form from that module)."""

from allauth.account.forms import SignupForm as AllauthSignupForm
from allauth.account.utils import filter_users_by_email


class SignupForm(AllauthSignupForm):
    def validate_unique_email(self, value):
        # An address that already has an account is not an error on the page: the answer
        # must be the same as for a new one (see participants.views.signup).
        self.account_already_exists = bool(filter_users_by_email(value))
        return value
