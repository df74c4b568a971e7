"""The form for using the code on a fresh sign-in card."""

from django import forms
from django.contrib.auth.password_validation import validate_password

from participants import codes

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

    def __init__(self, *args, user_for_code, **kwargs):
        super().__init__(*args, **kwargs)
        self.user_for_code = user_for_code

    def clean_code(self):
        code = codes.normalise(self.cleaned_data["code"])
        odd = codes.unused_symbols(code)
        if odd:
            shown = " or ".join(f"“{char}”" for char in odd[:3])
            raise forms.ValidationError(
                f"Codes never use {shown}. Check the code again: codes have no O or 0, "
                "no I, L or 1, no S or 5, no Z or 2 and no B or 8."
            )
        if len(code) != 12:
            raise forms.ValidationError(
                f"That code has {len(code)} letters and numbers, but sign-in card codes have "
                "12 (like KXPT-7HWQ-3MFA). Check you have copied all of it."
            )
        return code

    def clean(self):
        cleaned = super().clean()
        password1, password2 = cleaned.get("password1"), cleaned.get("password2")
        if password1 and password2 and password1 != password2:
            self.add_error("password2", "The two passwords are different. Type them again.")
        elif password1 and cleaned.get("code"):
            try:
                validate_password(password1, user=self.user_for_code(cleaned["code"]))
            except forms.ValidationError as error:
                self.add_error("password1", error)
        return cleaned
