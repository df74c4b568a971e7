from django import forms

from projects.models import Reflection


class ReflectionForm(forms.Form):
    kind = forms.ChoiceField(
        label="What is it about?",
        choices=Reflection.Kind.choices,
        widget=forms.RadioSelect,
        error_messages={"required": "Choose what your reflection is about."},
    )
    text = forms.CharField(
        label="In your own words",
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text="A few sentences are plenty. Your name is not shown beside it.",
        error_messages={
            "required": "Write your reflection, in a sentence or two.",
            "max_length": "Keep it to 1,000 characters or fewer (it has %(show_value)d).",
        },
    )

    def clean_text(self):
        text = self.cleaned_data["text"].strip()
        if len(text) < 3:
            raise forms.ValidationError("Write your reflection, in a sentence or two.")
        return text
