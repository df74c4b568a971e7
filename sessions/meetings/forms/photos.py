from django import forms
from django.core.exceptions import ValidationError

from participants.models import Consent, Participant
from participants.selectors.consent import photos_allowed
from projects.files.images import alt_text_clean, image_process


class PhotoForm(forms.Form):
    # Cleaned fields handed to the service with the picture (projects.files.images.picture_upload).
    passed_on = ("tagged",)

    image = forms.FileField(
        label="Photo",
        help_text="A JPEG, PNG or WebP picture. Location and camera details are removed.",
        error_messages={"required": "Choose a photo to upload."},
        widget=forms.ClearableFileInput(attrs={"accept": "image/jpeg,image/png,image/webp"}),
    )
    alt_text = forms.CharField(
        label="Describe the photo",
        max_length=300,
        required=False,
        help_text="For people who cannot see it, e.g. “A paper map of Oban with post-it notes”.",
    )

    def __init__(self, *args, people, **kwargs):
        super().__init__(*args, **kwargs)
        self.processed = None
        self.allowed = [p for p in people if photos_allowed(p, Consent.Level.PHOTOS_INSIDE)]
        self.fields["tagged"] = forms.ModelMultipleChoiceField(
            queryset=Participant.objects.filter(pk__in=[p.pk for p in people]),
            required=False,
            widget=forms.CheckboxSelectMultiple,
            label="Who is in the photo (optional)",
            help_text="Only people who said yes to photos can be named.",
        )
        self.fields["tagged"].label_from_instance = lambda p: p.display_name
        self.fields["tagged"].widget.choices = [(p.pk, p.display_name) for p in self.allowed]

    def clean_image(self):
        self.processed = image_process(self.cleaned_data["image"])
        return self.cleaned_data["image"]

    def clean_alt_text(self):
        return alt_text_clean(self.cleaned_data.get("alt_text"))

    def clean_tagged(self):
        tagged = list(self.cleaned_data["tagged"])
        allowed = {p.pk for p in self.allowed}
        refused = [p.display_name for p in tagged if p.pk not in allowed]
        if refused:
            raise ValidationError(
                f"{', '.join(refused)} did not say yes to photos, so cannot be named."
            )
        return tagged
