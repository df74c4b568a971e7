from django import forms

from projects.models import Stage
from projects.registries.stage_tasks import earlier_stages, next_stage

REASON_HELP = "Everyone in the project can read this in the stage history."


class _StageMoveForm(forms.Form):
    field_order = ["from_stage", "to_stage", "reason"]

    # The stage the person was looking at: if someone else moved the project meanwhile, the
    # move is refused rather than applied to a stage they never saw.
    from_stage = forms.ChoiceField(choices=Stage.choices, widget=forms.HiddenInput)
    reason = forms.CharField(
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=REASON_HELP,
    )

    def __init__(self, *args, current_stage, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["from_stage"].initial = current_stage
        self.seen_stage = Stage(current_stage)
        if self.is_bound:
            posted = self.data.get(self.add_prefix("from_stage"))
            if posted in Stage.values:
                self.seen_stage = Stage(posted)

    def clean_reason(self):
        return self.cleaned_data["reason"].strip()


class MoveOnForm(_StageMoveForm):
    to_stage = forms.ChoiceField(choices=Stage.choices, widget=forms.HiddenInput)

    def __init__(self, *args, reason_needed=False, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["to_stage"].initial = next_stage(self.seen_stage)
        self.fields["reason"].label = "Anything to note about this move? (optional)"
        if reason_needed:
            self.ask_for_reason()

    def ask_for_reason(self):
        self.fields["reason"].label = "Why move on now?"
        self.fields["reason"].help_text = (
            "Some tasks needed for this stage are not done, so write down why the project "
            "should move on anyway. " + REASON_HELP
        )

    def clean(self):
        cleaned = super().clean()
        from_stage, to_stage = cleaned.get("from_stage"), cleaned.get("to_stage")
        if from_stage and to_stage and to_stage != next_stage(from_stage):
            raise forms.ValidationError(
                "A project moves on one stage at a time, so that nothing is missed."
            )
        return cleaned


class GoBackForm(_StageMoveForm):
    to_stage = forms.ChoiceField(label="Go back to", widget=forms.RadioSelect)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["to_stage"].choices = [
            (stage.value, stage.label) for stage in earlier_stages(self.seen_stage)
        ]
        self.fields["to_stage"].error_messages["required"] = "Choose the stage to go back to."
        self.fields["to_stage"].error_messages["invalid_choice"] = (
            "Choose one of the stages before the one the project is at."
        )
        self.fields["reason"].label = "Why go back? (optional)"
