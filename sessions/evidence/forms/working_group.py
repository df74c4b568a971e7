from projects.forms.updates import UpdateForm


class GroupUpdateForm(UpdateForm):
    """An update from the working group. It stays with the people in the project: only a
    project lead puts updates on the public page (by editing it on the updates page)."""

    class Meta(UpdateForm.Meta):
        fields = ["title", "body"]
        help_texts = {
            "title": "For example: What we agreed at this month's meeting.",
            "body": UpdateForm.Meta.help_texts["body"],
        }
