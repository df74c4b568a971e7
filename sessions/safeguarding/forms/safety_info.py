"""The safety information a person gives for one session."""

from django import forms

from codesign.forms import OneLineField
from participants.forms.needs import clean_phone_number

NOTHING_GIVEN = (
    "Give an emergency contact, health notes, or both. To take back what you gave, use "
    "“Delete my safety information”."
)


class SafetyInfoForm(forms.Form):
    contact_name = OneLineField(
        label="Emergency contact's name (optional)",
        help_text="Someone we can call if something happens to you at the session.",
        required=False,
        max_length=120,
    )
    contact_relationship = OneLineField(
        label="Who they are to you (optional)",
        help_text="For example: my sister, my foster carer, my personal adviser.",
        required=False,
        max_length=60,
    )
    contact_phone = forms.CharField(
        label="Their phone number (optional)",
        required=False,
        max_length=30,
        widget=forms.TextInput(attrs={"autocomplete": "off", "inputmode": "tel"}),
    )
    health_notes = forms.CharField(
        label="Health notes (optional)",
        help_text="Allergies, medication, or anything else the people running the session "
        "should know to keep you safe. For example: “I carry an inhaler for asthma.”",
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 4}),
    )

    def clean_contact_phone(self):
        return clean_phone_number(self.cleaned_data["contact_phone"])

    def clean_health_notes(self):
        return self.cleaned_data["health_notes"].strip()

    def clean(self):
        data = super().clean()
        if self.errors:
            return data
        name, phone = data.get("contact_name", ""), data.get("contact_phone", "")
        if not (name or phone or data.get("contact_relationship") or data.get("health_notes")):
            raise forms.ValidationError(NOTHING_GIVEN)
        if (name or data.get("contact_relationship")) and not phone:
            self.add_error("contact_phone", "Give your emergency contact's phone number.")
        if phone and not name:
            self.add_error("contact_name", "Give your emergency contact's name.")
        return data
