"""Checks shared by the forms where someone types a code and makes a password without email:
joining with a new account, and using a fresh sign-in card."""

from django import forms
from django.contrib.auth.password_validation import validate_password

from participants.identity import codes


def refuse_unused_symbols(code):
    """A (normalised) code with a symbol no code contains was mistyped: say which, kindly."""
    odd = codes.unused_symbols(code)
    if odd:
        shown = " or ".join(f"“{char}”" for char in odd[:3])
        raise forms.ValidationError(
            f"Codes never use {shown}. Check the code again: codes have no O or 0, "
            "no I, L or 1, no S or 5, no Z or 2 and no B or 8."
        )


def check_new_password(form, cleaned, *, user, check_rules=True):
    """`password1` and `password2` match, and (with `check_rules`) the password passes the
    site's rules for `user`; errors go on the fields."""
    password1, password2 = cleaned.get("password1"), cleaned.get("password2")
    if password1 and password2 and password1 != password2:
        form.add_error("password2", "The two passwords are different. Type them again.")
    elif password1 and check_rules:
        try:
            validate_password(password1, user=user)
        except forms.ValidationError as error:
            form.add_error("password1", error)
