from django import forms

from codesign.forms import TITLE_TOO_LONG, one_line
from projects.models import Update


class UpdateForm(forms.ModelForm):
    class Meta:
        model = Update
        fields = ["title", "body", "is_public"]
        labels = {"body": "What you want to say"}
        help_texts = {
            "title": "For example: Thursday's session moves online because of the snow.",
            "body": "Plain text. Leave an empty line between paragraphs.",
            "is_public": (
                "Also show it on the project's public page, when the project has one. "
                "Do not name young people or share anyone's details in a public update."
            ),
        }
        widgets = {"body": forms.Textarea(attrs={"rows": 8})}
        error_messages = {
            "title": {
                "required": "Give the update a title.",
                "max_length": TITLE_TOO_LONG,
            },
            "body": {"required": "Write the update before posting it."},
        }

    def clean_title(self):
        title = one_line(self.cleaned_data["title"])
        if not title:
            raise forms.ValidationError("Give the update a title.")
        return title
