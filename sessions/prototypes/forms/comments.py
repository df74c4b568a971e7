from django import forms

COMMENT_MAX = 3000


class CommentForm(forms.Form):
    body = forms.CharField(
        label="Your comment",
        max_length=COMMENT_MAX,
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={
            "required": "Write something before you post.",
            "max_length": "Keep a comment to %(limit_value)d characters (it has %(show_value)d).",
        },
    )
    hide_name = forms.BooleanField(
        label="Do not show my name to other participants",
        required=False,
        help_text="The project lead and facilitators still see it, to keep everyone safe.",
    )

    def clean_body(self):
        body = self.cleaned_data["body"].strip()
        if not body:
            raise forms.ValidationError("Write something before you post.")
        return body
