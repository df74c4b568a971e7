from django import forms

from codesign.forms import ModelMultipleChoiceField
from sessions.safeguarding.selectors.leads import possible_safeguarding_leads


class SafeguardingLeadsForm(forms.Form):
    leads = ModelMultipleChoiceField(
        label="Safeguarding leads",
        help_text="They are told about every concern and are the only people who can read them. "
        "Young people taking part cannot be safeguarding leads.",
        queryset=None,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    def __init__(self, *args, project, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["leads"].queryset = possible_safeguarding_leads(project)
        self.fields["leads"].label_from_instance = lambda person: (
            f"{person.display_name} ({person.get_role_display()})"
        )
