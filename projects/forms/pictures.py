"""Forms that take a picture: the picture itself, checked and cleaned as it is read, and a
description for people who cannot see it. Each kind of picture says its own words."""

from django import forms

from projects.files.images import alt_text_clean, image_process


class PictureForm(forms.Form):
    """A picture and its description; `processed` holds what image_process made of it. A
    subclass sets `picture_label` ("Photo"), `describe_label` and `describe_example`."""

    picture_label = "Photo"
    describe_label = "Describe the photo"
    describe_example = "A paper map of Oban with post-it notes"
    # Cleaned fields handed to the service with the picture (projects.files.images.picture_upload).
    passed_on = ()

    image = forms.FileField(
        help_text="A JPEG, PNG or WebP picture. Location, camera and time details are removed.",
        widget=forms.ClearableFileInput(attrs={"accept": "image/jpeg,image/png,image/webp"}),
    )
    alt_text = forms.CharField(
        max_length=300,
        required=False,
        error_messages={
            "max_length": "Keep the description to %(limit_value)d characters or fewer "
            "(it has %(show_value)d)."
        },
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.processed = None
        self.fields["image"].label = self.picture_label
        self.fields["image"].error_messages["required"] = (
            f"Choose a {self.picture_label.lower()} to upload."
        )
        self.fields["alt_text"].label = self.describe_label
        self.fields[
            "alt_text"
        ].help_text = f"For people who cannot see it, e.g. “{self.describe_example}”."

    def clean_image(self):
        self.processed = image_process(self.cleaned_data["image"])
        return self.cleaned_data["image"]

    def clean_alt_text(self):
        return alt_text_clean(self.cleaned_data.get("alt_text"))


class OutcomePhotoForm(PictureForm):
    describe_example = "Printed friends' packs on a shelf, ready to give out"
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
