"""Every service that writes a project's data moves the project to a new data version, in the
same transaction, so cached figures and sections are never read back after a change (see
projects/freshness.py). A new service that writes must do the same, or say here why not."""

import importlib
import inspect
import pkgutil

import pytest
from django.db import transaction

from projects.freshness import changes_project
from projects.models import Project
from tests.factories import ParticipantFactory

APPS = ("projects", "participants", "sessions")

# Saving the project row moves the version itself (Project.save).
SAVES_THE_ROW = "saves the project row"

# Writes that need no version of their own, and why.
EXEMPT = {
    "sessions.meetings.services.calendar.feed_token_new": "a person's own calendar link",
    "sessions.meetings.services.calendar.feed_token_revoke": "a person's own calendar link",
    "sessions.meetings.services.calendar.reminders_set": "a person's own choice of reminders",
    "sessions.evidence.services.working_group.working_group_join": (
        "participant_set_working_group moves it"
    ),
    "sessions.evidence.services.working_group.working_group_leave": (
        "participant_set_working_group moves it"
    ),
    "participants.services.join_settings.project_open_join_new_code": SAVES_THE_ROW,
    "participants.services.join_settings.project_people_settings_update": SAVES_THE_ROW,
    "participants.services.joining.join_with_new_account": "the joining services move it",
    "participants.services.network.network_invite": "invitation_create moves it",
    "participants.services.network.future_work_save": "a person's own answer, not a project's",
    "participants.services.network.future_work_stop": "a person's own answer, not a project's",
    "participants.services.sign_in_cards.sign_in_cards_mark_told": "an account's sign-in card",
    "participants.services.messages.message_open": (
        "a person's own inbox: their account's generation moves with the unread count"
    ),
    "participants.services.messages.messages_read_all": (
        "a person's own inbox: their account's generation moves with the unread count"
    ),
    "participants.services.sign_in_cards.sign_in_code_issue": "an account's sign-in card",
    "participants.services.sign_in_cards.sign_in_code_use": "an account's sign-in card",
    "projects.services.projects.project_change_settings": SAVES_THE_ROW,
    "projects.services.projects.project_create": "a new project has nothing cached",
    "projects.services.stage.project_move_stage": SAVES_THE_ROW,
    "projects.retention.services.holds.legal_hold_place": "a hold is not a project's data",
    "projects.retention.services.holds.legal_hold_lift": "a hold is not a project's data",
    "sessions.safeguarding.services.organisation_leads.organisation_safeguarding_leads_set": (
        "a signal moves it, in every project the organisation leads"
    ),
    "projects.retention.services.periods.retention_period_set": "an organisation's period",
    "projects.retention.services.periods.retention_period_usual": "an organisation's period",
}


def service_modules():
    """Every module of each app's `services`, and of each of its concepts' `services`
    (`sessions.payments.services.claims`, or a concept's one `services.py`)."""
    for app in APPS:
        root = importlib.import_module(app)
        names = [f"{app}.services"] + [
            f"{app}.{info.name}.services"
            for info in pkgutil.iter_modules(root.__path__)
            if info.ispkg
        ]
        for name in names:
            try:
                package = importlib.import_module(name)
            except ModuleNotFoundError as missing:
                if missing.name != name:
                    raise
                continue
            if not hasattr(package, "__path__"):
                yield package
                continue
            for info in pkgutil.iter_modules(package.__path__):
                yield importlib.import_module(f"{name}.{info.name}")


def services():
    """(dotted name, function) for every public function of every services module."""
    for module in service_modules():
        for name, function in inspect.getmembers(module, inspect.isfunction):
            if function.__module__ == module.__name__ and not name.startswith("_"):
                yield f"{module.__name__}.{name}", function


def writes(function):
    decorators = inspect.getsource(function).split("\ndef ")[0]
    return "@transaction.atomic" in decorators


def moves_the_version(function):
    return getattr(function, "changes_project", False) or "project_changed" in (
        inspect.getsource(function)
    )


def test_every_service_that_writes_moves_the_version_or_says_why_not():
    silent = [
        name
        for name, function in services()
        if writes(function) and not moves_the_version(function) and name not in EXEMPT
    ]
    assert silent == []


def test_the_version_moves_inside_the_services_own_transaction():
    """@changes_project below @transaction.atomic: above it, the version would move in a
    transaction of its own, before the write is saved, and a page could cache the old data
    under the new version."""
    misplaced = []
    for name, function in services():
        decorators = inspect.getsource(function).split("\ndef ")[0]
        if "@changes_project" in decorators and (
            decorators.find("@transaction.atomic") > decorators.find("@changes_project")
            or "@transaction.atomic" not in decorators
        ):
            misplaced.append(name)
    assert misplaced == []


# Exempt because another write moves the version, or nothing was cached before it.
MOVED_ELSEWHERE = ("moves it", "move it", SAVES_THE_ROW, "has nothing cached", "generation moves")


def test_an_exempt_write_still_makes_the_pages_kept_for_viewers_afresh():
    """A person's own reminders, a legal hold, a sign-in card: no project's figures change,
    but a page kept whole for someone shows them (projects/views/kept_pages.py)."""
    found = dict(services())
    missing = [
        name
        for name, why in EXEMPT.items()
        if not any(words in why for words in MOVED_ELSEWHERE)
        and not getattr(found[name], "changes_pages", False)
    ]
    assert missing == []


def test_every_exemption_names_a_service_that_still_exists_and_still_needs_it():
    found = dict(services())
    assert [name for name in EXEMPT if name not in found] == []
    assert [name for name in EXEMPT if moves_the_version(found[name])] == []


def test_a_write_moves_the_version_before_it_writes(cast):
    """The project's row lock comes first, so two writes to one project queue up rather than
    each holding a row the other needs."""
    seen = []

    @changes_project(via="participant")
    def write(*, participant):
        seen.append(Project.objects.get(pk=cast.project.pk).data_version)

    before = cast.project.data_version
    write(participant=cast.participants["young_person"])
    assert seen == [before + 1]


def test_a_refused_write_leaves_the_version_as_it_was(cast):
    person = ParticipantFactory(project=cast.project)

    @transaction.atomic
    @changes_project(via="participant")
    def refused(*, participant):
        raise ValueError("no")

    before = Project.objects.get(pk=cast.project.pk).data_version
    with pytest.raises(ValueError):
        refused(participant=person)
    assert Project.objects.get(pk=cast.project.pk).data_version == before


# Views that write without a service, and why their write needs no version of its own.
VIEW_EXEMPT = {
    "participants.views.signup.SignupView.form_valid": "a new account is in no project yet",
}
WRITES_IN_A_VIEW = (".save(", ".delete(", "objects.create(", ".update(")


def view_functions():
    """(dotted name, source) for every function and method in every views module."""
    for app in APPS:
        root = importlib.import_module(app)
        names = [f"{app}.views"] + [
            f"{app}.{info.name}.views" for info in pkgutil.iter_modules(root.__path__) if info.ispkg
        ]
        for name in names:
            try:
                package = importlib.import_module(name)
            except ModuleNotFoundError as missing:
                if missing.name != name:
                    raise
                continue
            for info in pkgutil.iter_modules(package.__path__):
                module = importlib.import_module(f"{name}.{info.name}")
                for _, thing in inspect.getmembers(module):
                    if getattr(thing, "__module__", None) != module.__name__:
                        continue
                    if inspect.isclass(thing):
                        for method_name, method in vars(thing).items():
                            if inspect.isfunction(method):
                                yield f"{module.__name__}.{thing.__name__}.{method_name}", method
                    elif inspect.isfunction(thing):
                        yield f"{module.__name__}.{thing.__name__}", thing


def test_every_view_that_writes_moves_the_version_or_says_why_not():
    silent = []
    for name, function in view_functions():
        source = inspect.getsource(inspect.unwrap(function)).replace(".save(commit=False)", "")
        writes_here = any(write in source for write in WRITES_IN_A_VIEW)
        if writes_here and "project_changing" not in source and name not in VIEW_EXEMPT:
            silent.append(name)
    assert silent == []


def test_every_view_exemption_still_writes():
    found = dict(view_functions())
    assert [name for name in VIEW_EXEMPT if name not in found] == []
