from django import forms

from projects.files.images import alt_text_clean, image_process


class OutcomePhotoForm(forms.Form):
    image = forms.FileField(
        label="Photo",
        help_text="A JPEG, PNG or WebP picture. Location, camera and time details are removed.",
        error_messages={"required": "Choose a photo to upload."},
        widget=forms.ClearableFileInput(attrs={"accept": "image/jpeg,image/png,image/webp"}),
    )
    alt_text = forms.CharField(
        label="Describe the photo",
        max_length=300,
        required=False,
        help_text="For people who cannot see it, e.g. “Printed friends' packs on a shelf, "
        "ready to give out”.",
        error_messages={
            "max_length": "Keep the description to %(limit_value)d characters or fewer "
            "(it has %(show_value)d)."
        },
    )
    # Photo consent is kept person by person where this app cannot see it, so the person
    # uploading answers for everyone in the photo.
    nobody_recognisable = forms.BooleanField(
        label="Nobody can be recognised in this photo, or everyone who can be has said yes "
        "to photos of them being used",
        help_text="Faces count, and so do names, badges or anything else that shows who "
        "someone is. If you are not sure, ask them before you upload it.",
        error_messages={
            "required": "Tick the box to say nobody can be recognised in the photo, or "
            "everyone who can be has said yes. If you cannot say that, do not upload it."
        },
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.processed = None

    def clean_image(self):
        self.processed = image_process(self.cleaned_data["image"])
        return self.cleaned_data["image"]

    def clean_alt_text(self):
        return alt_text_clean(self.cleaned_data.get("alt_text"))
