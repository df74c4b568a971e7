"""Checking a credential (pasted or uploaded) and revoking one."""

from django import forms

# A credential here is a few kilobytes; anything far bigger is not one of ours.
MAX_BYTES = 20_000
TOO_BIG = "That is too long to be a credential. Paste the text of the .jwt file, nothing else."


class CheckForm(forms.Form):
    token = forms.CharField(
        label="Paste the credential",
        help_text="The text in the .jwt file: three long runs of letters and numbers joined by "
        "dots.",
        required=False,
        max_length=MAX_BYTES,
        error_messages={"max_length": TOO_BIG},
        widget=forms.Textarea(attrs={"rows": 5, "spellcheck": "false", "autocomplete": "off"}),
    )
    upload = forms.FileField(
        label="Or choose the .jwt file",
        required=False,
        widget=forms.ClearableFileInput(attrs={"accept": ".jwt,.txt,text/plain"}),
    )

    def clean_upload(self):
        upload = self.cleaned_data.get("upload")
        if not upload:
            return ""
        if upload.size > MAX_BYTES:
            raise forms.ValidationError(TOO_BIG)
        try:
            return upload.read().decode("utf-8")
        except UnicodeDecodeError:
            raise forms.ValidationError(
                "That file is not a credential. Choose the .jwt file you downloaded."
            ) from None

    def clean(self):
        data = super().clean()
        token = "".join((data.get("upload") or data.get("token") or "").split())
        if not self.errors and not token:
            raise forms.ValidationError("Paste a credential, or choose its .jwt file.")
        if token.startswith("{"):
            raise forms.ValidationError(
                "That is the readable copy (.json), which cannot be checked on its own. "
                "Use the .jwt file, or the link to the credential inside it."
            )
        data["token"] = token
        return data


class RevokeForm(forms.Form):
    reason = forms.CharField(
        label="Why is it being revoked?",
        help_text="Kept with the project and its history; the public check shows only that it "
        "was revoked, when, and by which organisation.",
        max_length=500,
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={"required": "Say why it is being revoked."},
    )

    def clean_reason(self):
        reason = self.cleaned_data["reason"].strip()
        if not reason:
            raise forms.ValidationError("Say why it is being revoked.")
        return reason
