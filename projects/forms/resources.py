from django import forms

from codesign.forms import TITLE_TOO_LONG, one_line
from projects.files.uploads import ALIASES, ALLOWED_SUMMARY, KINDS, MAX_RESOURCE_BYTES, check_upload
from projects.models import Resource


class ResourceForm(forms.ModelForm):
    """Title, description and who can download a file; the file itself is chosen on upload."""

    class Meta:
        model = Resource
        fields = ["title", "description", "is_public"]
        labels = {"is_public": "Anyone can download it"}
        help_texts = {
            "title": "For example: Project report.",
            "description": "Optional. A sentence on what is in the file.",
            "is_public": (
                "Also list it on the project's public page, when the project has one. "
                "Check first that it names no young person and shares no one's details. "
                "Otherwise only people in the project can download it."
            ),
        }
        widgets = {"description": forms.Textarea(attrs={"rows": 3})}
        error_messages = {
            "title": {
                "required": "Give the file a title.",
                "max_length": TITLE_TOO_LONG,
            }
        }

    def clean_title(self):
        title = one_line(self.cleaned_data["title"])
        if not title:
            raise forms.ValidationError("Give the file a title.")
        return title


class ResourceUploadForm(ResourceForm):
    file = forms.FileField(
        label="File",
        help_text=(
            f"Up to {MAX_RESOURCE_BYTES // (1024 * 1024)} MB. You can upload {ALLOWED_SUMMARY}."
        ),
        error_messages={
            "required": "Choose a file to upload.",
            "empty": "This file is empty. Check you picked the right file.",
        },
        widget=forms.ClearableFileInput(
            attrs={"accept": ",".join(f".{ext}" for ext in [*KINDS, *ALIASES])}
        ),
    )

    field_order = ["file", "title", "description", "is_public"]

    def clean_file(self):
        upload = self.cleaned_data["file"]
        self.checked = check_upload(upload)
        return upload
