"""The project report, written from the records: each section's text, or the lead's edit.

A fixed number of queries whatever the size of the project: the records are counted by the
database and only short lists (partners, funding, reflections, outcomes) are read.
"""

from dataclasses import dataclass

from django.db.models import Count, Prefetch, Q

from projects.models import Reflection
from projects.money import format_pence
from projects.roles import MemberStatus, Role, role_count_words
from projects.selectors.decisions import decision_summary
from projects.selectors.funding import funding_summary
from sessions.meetings.stage_tasks import OUTSIDE_WORKING_HOURS
from sessions.models import Attendance, Prototype, Session

# The most items of one kind a section lists; the pages of the project hold the rest.
LIST_LIMIT = 12


@dataclass(frozen=True)
class Section:
    key: str
    heading: str
    text: str
    edited: bool
    edited_by: str = ""


HEADINGS = [
    ("about", "About the project"),
    ("meaning", "What has co-production meant to the project?"),
    ("helped", "What has helped in implementing a co-production approach?"),
    ("difficulties", "What difficulties were there in implementing co-production?"),
    ("strengths", "What are the main strengths in the approach that has been taken?"),
    ("outcomes", "What have been the main outcomes of the project?"),
    ("engagement", "How has the project worked to engage all sections of the community?"),
    ("advice", "What advice would the project give to others?"),
]
SECTION_KEYS = [key for key, _heading in HEADINGS]


def _and(words):
    words = list(words)
    return ", ".join(words[:-1]) + " and " + words[-1] if len(words) > 1 else "".join(words)


def _people(n):
    return f"{n} {'person' if n == 1 else 'people'}"


def _about(project):
    funding = funding_summary(project)
    names = [p.partner.organisation.name for p in funding.partners]
    lines = []
    if names:
        lines.append(f"{_and(names)} worked in partnership on a project called {project.title}.")
    else:
        lines.append(f"The project is called {project.title}. No partners are recorded yet.")
    if project.summary:
        lines.append(project.summary)
    for c in funding.contributions:
        who = c.partner.organisation.name
        covers = c.covers_text or c.description or "the project"
        if c.kind == "cash":
            lines.append(f"{who} provided {format_pence(c.amount_pence)} for {covers}.")
        elif c.kind == "costs_met":
            lines.append(f"{who} met the costs of {covers}.")
        else:
            lines.append(f"{who} gave {covers} without charging (help in kind).")
    return "\n\n".join(lines)


def _meaning(project):
    summary = decision_summary(project)
    lines = [project.aim] if project.aim else []
    if summary.total:
        lines.append(
            f"Young people had a vote in {summary.voted} of the {summary.total} decisions "
            f"recorded, and suggested {summary.proposed} of them."
        )
    return "\n\n".join(lines) or "Nothing recorded yet: add the project's aim and its decisions."


def _bullets(texts, empty):
    return "\n".join(f"- {text}" for text in texts) if texts else empty


def _reflections(project):
    by_kind = {kind: [] for kind in Reflection.Kind.values}
    for kind, text in project.reflections.order_by("written_in", "pk").values_list("kind", "text"):
        if len(by_kind[kind]) < LIST_LIMIT:
            by_kind[kind].append(text)
    return by_kind


def _outcomes(project):
    ideas = Prototype.objects.only("title", "outcome_id").order_by("title", "pk")
    outcomes = list(
        project.outcomes.prefetch_related(Prefetch("prototypes", queryset=ideas)).order_by(
            "created_at", "pk"
        )[:LIST_LIMIT]
    )
    group = project.participants.filter(status=MemberStatus.ACTIVE, in_working_group=True)
    counts = group.aggregate(total=Count("pk"), young=Count("pk", filter=Q(role=Role.YOUNG_PERSON)))
    lines = [
        f"- {o.title} ({o.get_status_display().lower()}). You said: {o.you_said} We did: {o.we_did}"
        + _from_ideas(o)
        for o in outcomes
    ]
    if counts["total"]:
        lines.append(
            f"- A working group carries the work on: {_people(counts['total'])}, including "
            f"{counts['young']} young {'person' if counts['young'] == 1 else 'people'}."
        )
    return "\n".join(lines) or "No outcomes recorded yet."


def _from_ideas(outcome):
    titles = [idea.title for idea in outcome.prototypes.all()]
    if not titles:
        return ""
    return f" It came from the idea{'s' if len(titles) > 1 else ''}: {_and(titles)}."


def engagement_numbers(project):
    people = dict(
        project.participants.filter(status=MemberStatus.ACTIVE)
        .order_by()
        .values_list("role")
        .annotate(n=Count("pk"))
    )
    held = project.sessions.past().exclude(status=Session.Status.CANCELLED)
    sessions = held.aggregate(total=Count("pk"), outside=Count("pk", filter=OUTSIDE_WORKING_HOURS))
    came = dict(
        Attendance.objects.attended()
        .filter(session__project=project)
        .order_by()
        .values_list("participant__role")
        .annotate(n=Count("pk"))
    )
    return {"people": people, "sessions": sessions, "came": came}


def _engagement(project):
    numbers = engagement_numbers(project)
    people, sessions, came = numbers["people"], numbers["sessions"], numbers["came"]
    parts = [f"{people[r]} {role_count_words(r, people[r])}" for r in Role if people.get(r)]
    lines = []
    if parts:
        lines.append(f"{_people(sum(people.values()))} took part: {_and(parts)}.")
    if sessions["total"]:
        lines.append(
            f"{sessions['total']} "
            f"{'session was' if sessions['total'] == 1 else 'sessions were'} held, "
            f"{sessions['outside']} of them outside working hours."
        )
    if came:
        parts = [f"{came[r]} by {role_count_words(r, 2)}" for r in Role if came.get(r)]
        total = sum(came.values())
        lines.append(
            f"People came {'once' if total == 1 else f'{total} times'} in all: {_and(parts)}."
        )
    if project.open_join_enabled:
        lines.append("Anyone could ask to join with an open link: no one was turned away.")
    return "\n\n".join(lines) or "No one has joined and no sessions have been held yet."


def report_sections(project):
    reflections = _reflections(project)
    generated = {
        "about": _about(project),
        "meaning": _meaning(project),
        "helped": _bullets(reflections["helped"], "No reflections on what helped yet."),
        "difficulties": _bullets(reflections["difficulty"], "No reflections on difficulties yet."),
        "strengths": _bullets(reflections["strength"], "No reflections on strengths yet."),
        "outcomes": _outcomes(project),
        "engagement": _engagement(project),
        "advice": _bullets(reflections["advice"], "No advice recorded yet."),
    }
    edits = {e.section: e for e in project.report_edits.select_related("edited_by")}
    sections = []
    for key, heading in HEADINGS:
        edit = edits.get(key)
        sections.append(
            Section(
                key=key,
                heading=heading,
                text=edit.text if edit else generated[key],
                edited=edit is not None,
                edited_by=(edit.edited_by.name if edit and edit.edited_by else ""),
            )
        )
    return sections, generated
