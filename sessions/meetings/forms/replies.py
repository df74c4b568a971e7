from django import forms

from codesign.forms import ModelChoiceField
from sessions.models import Attendance

Reply = Attendance.Reply


class ReplyChoiceField(forms.ChoiceField):
    """Takes "yes" and "waiting list" either way: the session may have filled, or a place freed,
    since the form was shown. The reply service decides which one the person gets."""

    def valid_value(self, value):
        return value in Reply.values


class ReplyForm(forms.Form):
    """A member's reply. A full session offers its waiting list instead of a place."""

    reply = ReplyChoiceField(label="Can you come?", widget=forms.RadioSelect)
    answer_1 = forms.CharField(max_length=300, required=False)
    answer_2 = forms.CharField(max_length=300, required=False)
    answer_3 = forms.CharField(max_length=300, required=False)
    needs_childcare = forms.BooleanField(label="I need childcare this time", required=False)
    needs_travel = forms.BooleanField(label="I need help with travel this time", required=False)
    needs_other = forms.CharField(
        label="Anything else you need this time (optional)",
        max_length=300,
        required=False,
        help_text="For example step-free access, a vegan meal, or a quiet space.",
    )
    show_name = forms.BooleanField(
        label="Show my name to others in the project on the list of who is coming",
        required=False,
        help_text="If you leave this off, others only see how many people are coming.",
    )

    def __init__(self, *args, session, full=False, has_place=False, **kwargs):
        super().__init__(*args, **kwargs)
        if full and not has_place:
            yes = (Reply.WAITING, "Yes, put me on the waiting list (the session is full)")
        else:
            yes = (Reply.YES, "Yes, I'll come")
        self.fields["reply"].choices = [yes, (Reply.MAYBE, "Maybe"), (Reply.NO, "No, I can't")]
        asked = dict(session.questions)
        for number in (1, 2, 3):
            if number in asked:
                self.fields[f"answer_{number}"].label = asked[number]
            else:
                del self.fields[f"answer_{number}"]
        self.fields["reply"].error_messages["required"] = "Say whether you can come."
        if session.is_online:  # nothing to travel to
            del self.fields["needs_travel"]

    def answers(self):
        return [self.cleaned_data.get(f"answer_{n}", "") for n in (1, 2, 3)]

    def reply_fields(self):
        data = self.cleaned_data
        return {
            "reply": data["reply"],
            "answers": self.answers(),
            "needs_childcare": data["needs_childcare"],
            "needs_travel": data.get("needs_travel", False),
            "needs_other": data["needs_other"],
        }


class OfflineReplyForm(ReplyForm):
    """A reply given on paper or by phone, typed in by a lead or facilitator."""

    field_order = ["participant", "reply"]

    def __init__(self, *args, people, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["participant"] = ModelChoiceField(
            queryset=people,
            label="Who replied",
            empty_label="Choose a person",
            error_messages={"required": "Choose who replied."},
        )
        self.fields.pop("show_name")
        self.order_fields(self.field_order)
