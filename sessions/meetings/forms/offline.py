"""What a phone sends when the signal is back: the form as it was filled in offline, with the
id the phone gave the action, what kind it is and when it was done."""

from django import forms

from codesign.forms import ModelMultipleChoiceField
from sessions.meetings.forms.checkin import CheckinCodeForm
from sessions.meetings.forms.replies import OfflineReplyForm, ReplyForm
from sessions.meetings.forms.sessions import NotesForm
from sessions.meetings.services.replies import is_full
from sessions.models import Attendance

# What only the people running a session may send; anyone taking part may send a reply.
RUNNING_KINDS = ("checkin", "attendance", "notes", "paper_reply")
KINDS = ("reply", *RUNNING_KINDS)


class OfflineActionForm(forms.Form):
    action_id = forms.UUIDField(error_messages={"invalid": "The action's id is not one we know."})
    kind = forms.ChoiceField(
        choices=[(kind, kind) for kind in KINDS],
        error_messages={"invalid_choice": "This is not something that can be sent later."},
    )
    made_at = forms.DateTimeField(
        error_messages={"invalid": "When this was done is missing or not a time."}
    )


class OfflineReply(ReplyForm):
    def offline_fields(self):
        return {"reply_fields": self.reply_fields(), "show_name": self.cleaned_data["show_name"]}


class OfflinePaperReply(OfflineReplyForm):
    def offline_fields(self):
        return {
            "participant": self.cleaned_data["participant"],
            "reply_fields": self.reply_fields(),
        }


class OfflineCheckin(CheckinCodeForm):
    def offline_fields(self):
        return {"code": self.cleaned_data["code"]}


class OfflineAttendance(forms.Form):
    """The tick list: who is ticked now, and who was ticked when the page was opened."""

    def __init__(self, *args, people, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["attended"] = ModelMultipleChoiceField(queryset=people, required=False)
        self.fields["was"] = ModelMultipleChoiceField(queryset=people, required=False)

    def offline_fields(self):
        return {"ticked": self.cleaned_data["attended"], "was_ticked": self.cleaned_data["was"]}


class OfflineNotes(NotesForm):
    was = forms.CharField(required=False, max_length=10000, strip=False)

    def offline_fields(self):
        return {"notes": self.cleaned_data["notes"], "was": self.cleaned_data["was"]}


def offline_fields_form(kind, data, *, session, member):
    """The form that checks what was filled in for this kind of action. People who have left
    are still choices, so their going is said in words rather than refused as bad input."""
    people = session.project.participants.order_by("display_name", "pk")
    if kind == "reply":
        own = Attendance.objects.filter(session=session, participant=member).first()
        has_place = own is not None and own.reply == Attendance.Reply.YES
        return OfflineReply(data, session=session, full=is_full(session), has_place=has_place)
    if kind == "paper_reply":
        return OfflinePaperReply(data, session=session, people=people, full=is_full(session))
    if kind == "checkin":
        return OfflineCheckin(data)
    if kind == "attendance":
        return OfflineAttendance(data, people=people)
    return OfflineNotes(data)
