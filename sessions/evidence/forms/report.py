from django import forms


class ReportSectionForm(forms.Form):
    text = forms.CharField(
        label="The section as it should read",
        widget=forms.Textarea(attrs={"rows": 12}),
        max_length=10000,
        help_text="Plain text. Leave a blank line between paragraphs; start a line with “- ” "
        "for a list.",
        error_messages={
            "required": "Write the section, or choose to go back to the text from the records.",
            "max_length": "Keep the section to 10,000 characters or fewer (it has %(show_value)d).",
        },
    )
