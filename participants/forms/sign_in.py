"""allauth's account forms in our own words: labels, hints and what to fix when something is
missing. The words are in one table so every form says the same thing for the same field."""

from allauth.account import forms as allauth_forms
from allauth.account.utils import filter_users_by_email
from django import forms

# field name: (label, message when it is left empty)
FIELD_WORDS = {
    "login": ("Email address or sign-in name", "Enter your email address or sign-in name."),
    "email": ("Email address", "Enter your email address."),
    "password": ("Password", "Enter your password."),
    "password1": ("Choose a password", "Choose a password."),
    "password2": ("Type the password again", "Type the password again, so we know it is right."),
    "oldpassword": ("Your password now", "Enter the password you use now."),
    "code": ("Code from the email", "Enter the code from the email we sent you."),
    "remember": ("Keep me signed in on this device", ""),
}
NEW_PASSWORD_LABELS = {"password1": "New password", "password2": "Type the new password again"}
INVALID_EMAIL = "Enter an email address like name@example.com."


class PlainWordsMixin:
    """Put the words from FIELD_WORDS on every field this form has."""

    new_password = False

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name, field in self.fields.items():
            label, required = FIELD_WORDS.get(name, (None, None))
            if label:
                field.label = label
            if self.new_password and name in NEW_PASSWORD_LABELS:
                field.label = NEW_PASSWORD_LABELS[name]
            if required:
                field.error_messages["required"] = required
            elif field.required and field.label:
                field.error_messages["required"] = f"Enter {str(field.label).lower()}."
            if isinstance(field, forms.EmailField):
                field.error_messages["invalid"] = INVALID_EMAIL
            # A hint inside the box disappears as soon as someone types; labels say it instead.
            field.widget.attrs.pop("placeholder", None)


class LoginForm(PlainWordsMixin, allauth_forms.LoginForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # People without email type the sign-in name from their card, often on a phone.
        self.fields["login"].widget.attrs.update(
            {"autocomplete": "username", "autocapitalize": "none", "spellcheck": "false"}
        )


class SignupForm(PlainWordsMixin, allauth_forms.SignupForm):
    def validate_unique_email(self, value):
        # An address that already has an account is not an error on the page: the answer
        # must be the same as for a new one (see participants.views.signup).
        self.account_already_exists = bool(filter_users_by_email(value))
        return value


class AddEmailForm(PlainWordsMixin, allauth_forms.AddEmailForm):
    pass


class ChangePasswordForm(PlainWordsMixin, allauth_forms.ChangePasswordForm):
    new_password = True


class SetPasswordForm(PlainWordsMixin, allauth_forms.SetPasswordForm):
    pass


class ResetPasswordForm(PlainWordsMixin, allauth_forms.ResetPasswordForm):
    pass


class ResetPasswordKeyForm(PlainWordsMixin, allauth_forms.ResetPasswordKeyForm):
    new_password = True


class RequestLoginCodeForm(PlainWordsMixin, allauth_forms.RequestLoginCodeForm):
    pass


class ConfirmLoginCodeForm(PlainWordsMixin, allauth_forms.ConfirmLoginCodeForm):
    pass


class ReauthenticateForm(PlainWordsMixin, allauth_forms.ReauthenticateForm):
    pass
