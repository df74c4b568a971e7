"""Forms for partners, funding and spending. They validate only; services save."""

import re

from django import forms
from django.utils import timezone

from codesign.forms import AddressField, ModelChoiceField, one_line
from projects.models import FundingContribution, Organisation, Partner, Spend, SpendCategory
from projects.money import MoneyField

OPTIONAL_AMOUNT_ERRORS = {"zero": "Enter an amount more than £0, or leave it empty."}
PARTNER_GONE = "That partner was removed from the project a moment ago."


def in_choice_order(values, choices):
    order = [value for value, _label in choices]
    return sorted(set(values), key=order.index)


class PartnerChoiceField(ModelChoiceField):
    # "invalid" comes from the model's own check, when the partner went after the form was shown.
    default_error_messages = {"invalid": PARTNER_GONE}

    def label_from_instance(self, obj):
        return obj.organisation.name


class PartnerDetailsFields(forms.Form):
    """What a partner does in the project and who to talk to there."""

    roles = forms.MultipleChoiceField(
        label="What does the organisation do in this project?",
        choices=Partner.PartnerRole.choices,
        widget=forms.CheckboxSelectMultiple,
        help_text="Choose all that apply.",
        error_messages={"required": "Choose at least one thing the organisation does."},
    )
    contact_name = forms.CharField(
        label="Contact person",
        max_length=120,
        help_text="Who to talk to at the organisation about this project.",
        error_messages={"required": "Give the name of a contact person at the organisation."},
    )
    contact_email = forms.EmailField(
        label="Contact email (optional)",
        max_length=254,
        required=False,
        help_text="Only project leads, local leads and facilitators can see it.",
        error_messages={"invalid": "Enter an email address like name@example.org."},
    )
    contact_phone = forms.CharField(
        label="Contact phone (optional)",
        max_length=30,
        required=False,
        help_text="Only project leads, local leads and facilitators can see it.",
        widget=forms.TextInput(attrs={"type": "tel", "autocomplete": "off"}),
    )

    postal_address = AddressField(
        label="Address for letters (optional)",
        max_length=300,
        required=False,
        help_text="Printed on letters the project writes, such as one about a person's payments.",
    )

    def clean_roles(self):
        return in_choice_order(self.cleaned_data["roles"], Partner.PartnerRole.choices)

    def clean_contact_name(self):
        return one_line(self.cleaned_data["contact_name"])

    def clean_contact_phone(self):
        phone = " ".join(self.cleaned_data["contact_phone"].split())
        if phone and not re.fullmatch(r"\+?[0-9 ()-]{6,30}", phone):
            raise forms.ValidationError(
                "Enter a phone number using numbers, spaces and brackets, like 0131 555 0100."
            )
        return phone


class PartnerAddForm(PartnerDetailsFields):
    organisation = ModelChoiceField(
        label="Choose an organisation already on Codesign",
        queryset=Organisation.objects.all(),
        required=False,
        empty_label="None of these: I'll add a new one",
    )
    new_name = forms.CharField(
        label="Or add a new organisation: its name",
        max_length=200,
        required=False,
    )
    new_kind = forms.ChoiceField(
        label="What kind of organisation is it?",
        choices=Organisation.Kind.choices,
        initial=Organisation.Kind.OTHER,
        required=False,
    )
    new_website = forms.URLField(
        label="Its website (optional)",
        max_length=200,
        required=False,
        assume_scheme="https",
        error_messages={"invalid": "Enter a web address like www.example.org."},
    )

    field_order = [
        "organisation",
        "new_name",
        "new_kind",
        "new_website",
        "roles",
        "contact_name",
        "contact_email",
        "contact_phone",
    ]

    def __init__(self, *args, project, search="", **kwargs):
        super().__init__(*args, **kwargs)
        self.project = project
        self.matched_existing = False
        if search and not self.is_bound:
            matches = Organisation.objects.filter(name__icontains=search)
            self.fields["organisation"].queryset = matches
            if not matches.exists():
                self.initial.setdefault("new_name", search)

    def clean_new_name(self):
        return one_line(self.cleaned_data["new_name"])

    def clean(self):
        cleaned = super().clean()
        chosen = cleaned.get("organisation")
        name = cleaned.get("new_name", "")
        if "organisation" in self.errors or "new_name" in self.errors:
            return cleaned
        if chosen and name:
            self.add_error(
                "new_name",
                "Choose an organisation from the list or type a new one, not both.",
            )
            return cleaned
        if not chosen and not name:
            self.add_error(
                "organisation",
                "Choose an organisation from the list, or type the name of a new one.",
            )
            return cleaned
        field = "organisation"
        if name:
            field = "new_name"
            chosen = Organisation.objects.filter(name__iexact=name).first()
            self.matched_existing = chosen is not None
            cleaned["organisation"] = chosen
            cleaned["new_kind"] = cleaned.get("new_kind") or Organisation.Kind.OTHER
        if chosen and self.project.partners.filter(organisation=chosen).exists():
            self.add_error(field, already_a_partner_message(chosen))
        return cleaned


def already_a_partner_message(organisation):
    return (
        f"{organisation.name} is already a partner in this project. "
        "To change what it does, edit it on the partners page."
    )


class PartnerForm(PartnerDetailsFields, forms.ModelForm):
    class Meta:
        model = Partner
        fields = ["roles", "contact_name", "contact_email", "contact_phone", "postal_address"]


class ContributionForm(forms.ModelForm):
    partner = PartnerChoiceField(
        label="Which partner gives it?",
        queryset=Partner.objects.none(),
        empty_label="Choose a partner",
        error_messages={"required": "Choose the partner that gives it."},
    )
    kind = forms.ChoiceField(
        label="What kind of help is it?",
        choices=FundingContribution.Kind.choices,
        widget=forms.RadioSelect,
        help_text=(
            "Money: the partner gives the project money to spend. "
            "Costs met directly: the partner pays some costs itself, like young people's travel. "
            "In kind: the partner gives something without charging, like a room for sessions."
        ),
        error_messages={"required": "Choose what kind of help it is."},
    )
    amount_pence = MoneyField(
        label="Amount",
        required=False,
        help_text=(
            "In pounds, for example 5000 or £5,000.50. Needed for money. For costs met or "
            "help in kind, give an estimate if you know one; otherwise leave it empty."
        ),
        error_messages=OPTIONAL_AMOUNT_ERRORS,
    )
    covers = forms.MultipleChoiceField(
        label="What does it pay for?",
        choices=SpendCategory.choices,
        widget=forms.CheckboxSelectMultiple,
        help_text="Choose all that apply.",
        error_messages={"required": "Choose at least one thing it pays for."},
    )
    description = forms.CharField(
        label="Describe it in a few words",
        max_length=300,
        help_text="For example: young people's travel and childcare, or rooms for sessions.",
        error_messages={"required": "Describe it in a few words."},
    )

    class Meta:
        model = FundingContribution
        fields = ["partner", "kind", "amount_pence", "covers", "description"]

    def __init__(self, *args, project, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["partner"].queryset = project.partners.select_related("organisation")

    def clean_covers(self):
        return in_choice_order(self.cleaned_data["covers"], SpendCategory.choices)

    def clean_description(self):
        return one_line(self.cleaned_data["description"])

    def clean(self):
        cleaned = super().clean()
        needs_amount = cleaned.get("kind") == FundingContribution.Kind.CASH
        if needs_amount and "amount_pence" not in self.errors and not cleaned.get("amount_pence"):
            self.add_error(
                "amount_pence", "Enter how much money the partner gives, for example 5000."
            )
        return cleaned


class SpendForm(forms.ModelForm):
    category = forms.ChoiceField(
        label="What was it for?",
        choices=[("", "Choose one"), *SpendCategory.choices],
        error_messages={"required": "Choose what the money was spent on."},
    )
    amount_pence = MoneyField(
        label="Amount",
        help_text="In pounds, for example 240 or £240.50.",
        error_messages={"required": "Enter how much was spent, for example 240.50."},
    )
    spent_on = forms.DateField(
        label="Date",
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        help_text="When the money was spent.",
        error_messages={
            "required": "Enter the date the money was spent.",
            "invalid": "Enter a real date, for example 25/11/2026.",
        },
    )
    partner = PartnerChoiceField(
        label="Whose money paid for it? (optional)",
        queryset=Partner.objects.none(),
        required=False,
        empty_label="Not linked to a partner",
    )
    note = forms.CharField(
        label="Note (optional)",
        max_length=300,
        required=False,
        help_text=(
            "Everyone in the project can see this note. "
            "Don't name anyone or write anything personal."
        ),
    )

    class Meta:
        model = Spend
        fields = ["category", "amount_pence", "spent_on", "partner", "note"]

    def __init__(self, *args, project, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["partner"].queryset = project.partners.select_related("organisation")

    def clean_spent_on(self):
        spent_on = self.cleaned_data["spent_on"]
        today = timezone.localdate()
        if spent_on > today:
            raise forms.ValidationError(
                "The date can't be in the future. Record spending once it has happened."
            )
        if spent_on.year < 2000:
            raise forms.ValidationError("Check the date: it is before the year 2000.")
        return spent_on

    def clean_note(self):
        return one_line(self.cleaned_data["note"])
