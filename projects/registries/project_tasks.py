"""The projects app's own stage tasks: setting the project up, and its outcomes. Registered
from ProjectsConfig.ready() like every app's (see projects/registries/stage_tasks.py)."""

from projects.models import Stage
from projects.registries.stage_tasks import TaskStatus, count_related


def _summary_and_aim(project, counts):
    written = sum(1 for text in (project.summary, project.aim) if text.strip())
    return [TaskStatus.NOT_STARTED, TaskStatus.IN_PROGRESS, TaskStatus.COMPLETED][written]


def _at_least_one(name):
    def status(project, counts):
        return TaskStatus.COMPLETED if counts[name] else TaskStatus.NOT_STARTED

    return status


def _payment_policy(project, counts):
    return TaskStatus.COMPLETED if project.payment_policy.strip() else TaskStatus.NOT_STARTED


def _outcome_reviewed(project, counts):
    if counts["outcomes_agreed"]:
        return TaskStatus.COMPLETED
    return TaskStatus.IN_PROGRESS if counts["outcomes"] else TaskStatus.NOT_STARTED


# Numbers the tasks read, each worked out for every project in one query.
COUNTS = {
    "partners": count_related("partners"),
    "funding": count_related("funding"),
    "project_words": count_related("glossary_terms"),
    "outcomes": count_related("outcomes"),
    "outcomes_agreed": count_related("outcomes", status__in=["agreed", "in_practice"]),
}
TASKS = [
    {
        "stage": Stage.SETUP,
        "key": "summary_and_aim",
        "url_name": "projects:edit",
        "title": "Write a summary and aim",
        "hint": "Say in plain words what the project is for and what it hopes to change.",
        "required": True,
        "status": _summary_and_aim,
    },
    {
        "stage": Stage.SETUP,
        "key": "add_partners",
        "url_name": "projects:partner_add",
        "title": "Add partners",
        "hint": "The organisations working together on the project, and what each one does.",
        "required": True,
        "status": _at_least_one("partners"),
    },
    {
        "stage": Stage.SETUP,
        "key": "record_funding",
        "url_name": "projects:partners",
        "title": "Record funding",
        "hint": "Money, costs met and help in kind from each partner. Add a partner first.",
        "required": True,
        "status": _at_least_one("funding"),
        "after": ("add_partners",),
    },
    {
        "stage": Stage.SETUP,
        "key": "payment_policy",
        "url_name": "projects:edit",
        "title": "Set the payment policy",
        "hint": "How young people and others who use services are paid or thanked for their time.",
        "required": True,
        "status": _payment_policy,
    },
    {
        "stage": Stage.SETUP,
        "key": "project_words",
        "title": "Explain the project's own words",
        "hint": "Add words people may not know, like the names of partners or services.",
        "status": _at_least_one("project_words"),
        "url_name": "projects:glossary",
    },
    {
        "stage": Stage.OUTCOMES,
        "key": "record_an_outcome",
        "url_name": "projects:outcome_new",
        "title": "Record an outcome",
        "hint": (
            "Something that changed because of the project: what people said and what was done."
        ),
        "required": True,
        "status": _at_least_one("outcomes"),
    },
    {
        "stage": Stage.OUTCOMES,
        "key": "outcome_reviewed",
        "url_name": "projects:outcomes",
        "title": "Outcome reviewed by staff",
        "hint": "A member of staff or a manager agrees that an outcome really happened.",
        "required": True,
        "status": _outcome_reviewed,
        "after": ("record_an_outcome",),
    },
]
