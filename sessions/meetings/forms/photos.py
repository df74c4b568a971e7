from django import forms
from django.core.exceptions import ValidationError

from codesign.forms import ModelMultipleChoiceField
from participants.models import Consent, Participant
from participants.selectors.consent import photos_allowed
from projects.forms.pictures import PictureForm


class PhotoForm(PictureForm):
    """A photo of what was made at a session, and who is in it (only people who said yes to
    photos can be named)."""

    passed_on = ("tagged",)

    def __init__(self, *args, people, **kwargs):
        super().__init__(*args, **kwargs)
        self.allowed = [p for p in people if photos_allowed(p, Consent.Level.PHOTOS_INSIDE)]
        self.fields["tagged"] = ModelMultipleChoiceField(
            queryset=Participant.objects.filter(pk__in=[p.pk for p in people]),
            required=False,
            widget=forms.CheckboxSelectMultiple,
            label="Who is in the photo (optional)",
            help_text="Only people who said yes to photos can be named.",
        )
        self.fields["tagged"].label_from_instance = lambda p: p.display_name
        self.fields["tagged"].widget.choices = [(p.pk, p.display_name) for p in self.allowed]

    def clean_tagged(self):
        tagged = list(self.cleaned_data["tagged"])
        allowed = {p.pk for p in self.allowed}
        refused = [p.display_name for p in tagged if p.pk not in allowed]
        if refused:
            raise ValidationError(
                f"{', '.join(refused)} did not say yes to photos, so cannot be named."
            )
        return tagged


class IdeaPictureForm(PhotoForm):
    picture_label = "Picture"
    describe_label = "Describe the picture"
    describe_example = "A folded paper pack with a map on the front"
