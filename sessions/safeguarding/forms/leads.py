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


class OrganisationSafeguardingLeadsForm(forms.Form):
    places = ModelMultipleChoiceField(
        label="The organisation's safeguarding leads",
        help_text="They are told about every concern raised in the projects the organisation "
        "leads, and can read and act on them, as each project's own safeguarding leads can.",
        queryset=None,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        error_messages={"invalid_choice": "Choose people of the organisation from the list."},
    )

    def __init__(self, *args, organisation, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["places"].queryset = (
            organisation.members.filter(user__is_active=True)
            .select_related("user")
            .order_by("user__display_name", "pk")
        )
        self.fields["places"].label_from_instance = lambda place: place.user.name
