"""Forms for joining a project: typing a code, and making an account on the way in."""

from django import forms

from codesign.forms import OneLineField
from participants.forms.passwords import check_new_password, refuse_unused_symbols
from participants.identity import codes, signin_names
from participants.models import User

CODE_HELP = (
    "It has 8 letters and numbers, like KXPT-7HWQ. Capital or small letters both work, "
    "and you can leave out the dash."
)


class JoinCodeForm(forms.Form):
    code = forms.CharField(
        label="Your code",
        max_length=40,
        help_text=CODE_HELP,
        error_messages={"required": "Type the code from your invitation."},
        widget=forms.TextInput(
            attrs={
                "autocomplete": "off",
                "autocapitalize": "characters",
                "spellcheck": "false",
                "autocorrect": "off",
                "class": "join-code-input",
            }
        ),
    )

    def clean_code(self):
        code = codes.normalise(self.cleaned_data["code"])
        if not code:
            raise forms.ValidationError("Type the code from your invitation.")
        refuse_unused_symbols(code)
        if len(code) not in (codes.INVITATION_CODE_LENGTH, codes.OPEN_JOIN_CODE_LENGTH):
            raise forms.ValidationError(
                f"That code has {len(code)} letters and numbers, but codes have 8 "
                "(like KXPT-7HWQ). Check you have copied all of it."
            )
        return code


class RoleChoiceForm(forms.Form):
    """How someone joining with the open link takes part."""

    role = forms.ChoiceField(
        label="How are you taking part?",
        widget=forms.RadioSelect,
        error_messages={"required": "Choose how you are taking part."},
    )

    def __init__(self, *args, roles, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["role"].choices = [(role.value, role.label) for role in roles]
        if len(roles) == 1:
            self.fields["role"].initial = roles[0].value


class JoinSignupForm(forms.Form):
    """Name, password and an email address if the person has one, for someone new.

    Everyone gets a sign-in name: the one they chose, or one made from their name. People
    without email sign in with it; it is shown after joining and printed on their card.
    """

    display_name = OneLineField(
        label="Your name",
        max_length=80,
        help_text="What other people in the project will see. A first name is fine.",
        error_messages={"required": "Tell us what to call you."},
        widget=forms.TextInput(attrs={"autocomplete": "given-name"}),
    )
    email = forms.EmailField(
        label="Email address (optional)",
        required=False,
        help_text="Best if you have one you check: you can sign in with it and get a new "
        "password by email. No email? Leave this empty and sign in with your sign-in name. "
        "We will not show your email to other people in the project.",
        error_messages={"invalid": "Type an email address like name@example.com."},
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    username = forms.CharField(
        label="Sign-in name (optional)",
        required=False,
        max_length=signin_names.MAX_LENGTH,
        help_text="Leave this empty and we will make one from your name, like jay482. "
        "Capital or small letters both work when you sign in.",
        widget=forms.TextInput(
            attrs={
                "autocomplete": "username",
                "autocapitalize": "none",
                "spellcheck": "false",
                "autocorrect": "off",
            }
        ),
    )
    password1 = forms.CharField(
        label="Make a password",
        help_text="At least 8 characters. A few words together are easy to remember.",
        strip=False,
        error_messages={"required": "Make a password."},
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
    )
    password2 = forms.CharField(
        label="Type the password again",
        strip=False,
        error_messages={"required": "Type the password again, so we know it is right."},
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
    )

    def clean_email(self):
        email = self.cleaned_data["email"].strip().lower()
        # Not an error: the page must answer the same either way (participants.views.signup).
        self.account_exists = bool(email) and User.objects.filter(email__iexact=email).exists()
        return email

    def clean_username(self):
        name = signin_names.normalise(self.cleaned_data["username"])
        if not name:
            return ""
        signin_names.validate(name)
        if signin_names.is_taken(name):
            # Names are not contact details, so saying it is taken is fine; the suggestion
            # has random digits and says nothing about anyone else.
            suggestion = signin_names.suggest(name)
            raise forms.ValidationError(
                f"The sign-in name “{name}” is already taken. Try {suggestion}, or make up "
                "another one."
            )
        return name

    def clean(self):
        cleaned = super().clean()
        candidate = User(
            email=cleaned.get("email") or "",
            username=cleaned.get("username") or "",
            display_name=cleaned.get("display_name") or "",
        )
        check_new_password(self, cleaned, user=candidate)
        return cleaned
