from django import forms

from sessions.models import EvaluationSheet

WHOLE_NUMBER = "Give a whole number, or 0."


class EvaluationSheetForm(forms.ModelForm):
    class Meta:
        model = EvaluationSheet
        fields = [
            "session",
            "learnt",
            "young_people",
            "staff",
            "managers",
            "gets_in_the_way",
            "how_we_will_know",
        ]
        labels = {
            "session": "At which session (optional)",
            "learnt": "What we learnt",
            "young_people": "How many young people we tried it with",
            "staff": "How many frontline staff we tried it with",
            "managers": "How many managers we tried it with",
            "gets_in_the_way": "What gets in the way (optional)",
            "how_we_will_know": "How we will know it works (optional)",
        }
        error_messages = {
            "learnt": {"required": "Say what you learnt."},
            "young_people": {"invalid": WHOLE_NUMBER, "min_value": WHOLE_NUMBER},
            "staff": {"invalid": WHOLE_NUMBER, "min_value": WHOLE_NUMBER},
            "managers": {"invalid": WHOLE_NUMBER, "min_value": WHOLE_NUMBER},
        }
        widgets = {
            "learnt": forms.Textarea(attrs={"rows": 3}),
            "gets_in_the_way": forms.Textarea(attrs={"rows": 3}),
            "how_we_will_know": forms.Textarea(attrs={"rows": 3}),
        }

    def __init__(self, *args, project, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["session"].queryset = project.sessions.order_by("-starts_at")
        self.fields["session"].empty_label = "Not at a session"
        for name in ("young_people", "staff", "managers"):
            self.fields[name].min_value = 0
            self.fields[name].widget.attrs.update({"min": 0, "inputmode": "numeric"})
