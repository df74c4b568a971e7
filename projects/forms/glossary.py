from django import forms

from codesign.forms import one_line
from projects.models import GlossaryTerm

DUPLICATE = "This project already explains “{term}”. Change that one instead."


class GlossaryTermForm(forms.ModelForm):
    class Meta:
        model = GlossaryTerm
        fields = ["term", "plain_meaning"]
        labels = {"term": "Word or phrase", "plain_meaning": "What it means, in plain words"}
        help_texts = {
            "term": "For example: friends' pack, STAF, throughcare.",
            "plain_meaning": "Write it for someone who has never heard the word. If the word is "
            "also in the site-wide glossary, this meaning is shown instead inside this project.",
        }
        error_messages = {
            "term": {"required": "Write the word or phrase."},
            "plain_meaning": {"required": "Write what the word means."},
        }
        widgets = {"plain_meaning": forms.Textarea(attrs={"rows": 3})}

    def __init__(self, *args, project, **kwargs):
        super().__init__(*args, **kwargs)
        self.project = project

    def clean_term(self):
        term = one_line(self.cleaned_data["term"])
        taken = GlossaryTerm.objects.filter(project=self.project, term__iexact=term)
        if taken.exclude(pk=self.instance.pk).exists():
            raise forms.ValidationError(DUPLICATE.format(term=term))
        return term

    def duplicate_error(self):
        self.add_error("term", DUPLICATE.format(term=self.cleaned_data["term"]))
