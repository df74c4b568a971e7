"""The form for using the code on a fresh sign-in card."""

from django import forms

from participants.forms.passwords import check_new_password, refuse_unused_symbols
from participants.identity import codes

CARD_CODE_HELP = (
    "It has 12 letters and numbers, like KXPT-7HWQ-3MFA. Capital or small letters both "
    "work, and you can leave out the dashes."
)


class SignInCodeForm(forms.Form):
    """The code from a fresh sign-in card, and a new password."""

    code = forms.CharField(
        label="The code on your new sign-in card",
        max_length=40,
        help_text=CARD_CODE_HELP,
        error_messages={"required": "Type the code from your new sign-in card."},
        widget=forms.TextInput(
            attrs={
                "autocomplete": "one-time-code",
                "autocapitalize": "characters",
                "spellcheck": "false",
                "autocorrect": "off",
            }
        ),
    )
    password1 = forms.CharField(
        label="Make a new password",
        help_text="At least 8 characters. A few words together are easy to remember.",
        strip=False,
        error_messages={"required": "Make a new password."},
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
    )
    password2 = forms.CharField(
        label="Type the new password again",
        strip=False,
        error_messages={"required": "Type the new password again, so we know it is right."},
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
    )

    def clean_code(self):
        code = codes.normalise(self.cleaned_data["code"])
        refuse_unused_symbols(code)
        if len(code) != 12:
            raise forms.ValidationError(
                f"That code has {len(code)} letters and numbers, but sign-in card codes have "
                "12 (like KXPT-7HWQ-3MFA). Check you have copied all of it."
            )
        return code

    def clean(self):
        cleaned = super().clean()
        # The password's rules compare it with the card's owner, so they are checked only once
        # the code is accepted (see sign_in_code_use): nothing here depends on whose card it is.
        check_new_password(self, cleaned, user=None, check_rules=False)
        return cleaned
