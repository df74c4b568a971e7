"""Example content for the style guide page: every shared component, filled with believable
words, in each of its states. Nothing here is saved or read from the database."""

from django import forms
from django.conf import settings
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import render
from django.views.decorators.http import require_GET

from projects.models import Stage
from projects.registries.stage_tasks import (
    Checklist,
    StageTask,
    TaskResult,
    TaskStatus,
    stage_tracker,
)


class ExampleForm(forms.Form):
    name = forms.CharField(
        label="Your name",
        help_text="A first name is fine.",
        error_messages={"required": "Enter your name."},
    )
    email = forms.EmailField(
        label="Email address",
        error_messages={"invalid": "Enter an email address like name@example.com."},
    )
    how = forms.ChoiceField(
        label="How do you want to hear from us?",
        choices=[("email", "By email"), ("text", "By text message"), ("post", "By post")],
        widget=forms.RadioSelect,
        error_messages={"required": "Choose how you want to hear from us."},
    )
    needs = forms.MultipleChoiceField(
        label="What helps you take part?",
        choices=[("travel", "Travel paid"), ("childcare", "Childcare"), ("food", "Food")],
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )
    when = forms.ChoiceField(
        label="When can you come?",
        choices=[("", "Choose a time"), ("day", "Weekdays"), ("evening", "Evenings")],
        required=False,
    )
    note = forms.CharField(
        label="Anything else?", widget=forms.Textarea(attrs={"rows": 3}), required=False
    )


def _task(key, title, status, hint="", required=False):
    task = StageTask(
        stage=Stage.INVITING,
        key=key,
        title=title,
        status=lambda *_: status,
        required=required,
        hint=hint,
    )
    return TaskResult(task=task, status=status, url="#task-list")


def example_checklist():
    return Checklist(
        stage=Stage(Stage.INVITING),
        items=[
            _task("partners", "Add partners", TaskStatus.COMPLETED, "Who is taking part.", True),
            _task(
                "invite", "Invite young people", TaskStatus.IN_PROGRESS, "By email or a card.", True
            ),
            _task(
                "policy", "Set the payment policy", TaskStatus.NOT_STARTED, "How people are paid."
            ),
            _task("session", "Hold a session", TaskStatus.CANNOT_START, "After the invitations."),
        ],
    )


def example_page(request):
    """The middle one of three pages, so both links show."""
    page = Paginator(range(120), 50).page(2)
    page.previous_query = request.path
    page.next_query = "?page=3"
    return page


def styleguide_context(request):
    form = ExampleForm(
        {"name": "", "email": "not an email", "needs": ["travel"], "when": "evening"}
    )
    form.is_valid()
    return {
        "form": form,
        "clean_form": ExampleForm(),
        "checklist": example_checklist(),
        "tracker": stage_tracker(Stage.DESIGNING),
        "page": example_page(request),
        "stages": list(Stage),
        "swatches": [
            ("ink", "Text"),
            ("secondary-ink", "Quieter text"),
            ("paper", "Page"),
            ("sand", "Footer, secondary buttons"),
            ("brand", "Primary buttons, accents"),
            ("brand-dark", "Header"),
            ("brand-tint", "What is happening now"),
            ("link", "Links"),
            ("focus", "Keyboard focus"),
            ("success", "Done, saved"),
            ("warning", "Needs attention"),
            ("error", "Errors"),
        ],
    }


@require_GET
def styleguide(request):
    """Every shared component in each state; for developers (DEBUG) and staff only."""
    if not (settings.DEBUG or request.user.is_staff):
        raise Http404
    return render(request, "styleguide.html", styleguide_context(request))
