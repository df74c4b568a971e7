from django import forms


class ReportForm(forms.Form):
    reason = forms.CharField(
        label="What is wrong with it?",
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={"required": "Say what is wrong, so a facilitator knows what to look at."},
    )


class HideForm(forms.Form):
    reason = forms.CharField(
        label="Why it is being hidden",
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="The person who wrote it is told this, word for word.",
        error_messages={"required": "Give a reason: the person who wrote it will be told."},
    )
