from django import forms

from codesign.forms import ModelMultipleChoiceField
from participants.identity.codes import normalise
from participants.selectors.membership import told_apart_name


class CheckinCodeForm(forms.Form):
    code = forms.CharField(
        label="Code from their card",
        max_length=30,
        help_text="Eight letters and numbers, like KXPT-7HWQ. Dashes and spaces do not matter.",
        widget=forms.TextInput(
            attrs={"autocomplete": "off", "autocapitalize": "characters", "spellcheck": "false"}
        ),
        error_messages={"required": "Type the code from the person's card."},
    )

    def clean_code(self):
        return normalise(self.cleaned_data["code"])


class AttendanceForm(forms.Form):
    """Who came, ticked on a list: used on the day and to correct the record afterwards."""

    def __init__(self, *args, people, attended_ids, names=frozenset(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["attended"] = ModelMultipleChoiceField(
            queryset=people,
            required=False,
            widget=forms.CheckboxSelectMultiple,
            label="Who came",
            initial=list(attended_ids),
        )
        # Two people called Jay are told apart by a short reference (see `shared_names`).
        self.fields["attended"].label_from_instance = lambda p: told_apart_name(p, names)
