from django import forms

from projects.models import Project


class ProjectCreateForm(forms.ModelForm):
    class Meta:
        model = Project
        fields = ["title", "summary"]
        labels = {"title": "Project name"}
        help_texts = {
            "title": "For example: Redesigning support for care leavers.",
        }
        widgets = {"summary": forms.Textarea(attrs={"rows": 4})}

    def clean_title(self):
        title = " ".join(self.cleaned_data["title"].split())
        if len(title) < 3:
            raise forms.ValidationError("Give the project a name of at least 3 letters.")
        return title
