"""What meetings add to the rest of the site: the Sessions menu entry, the overview's next
session and who came, a person's replies, times, calendar and photo tags, and the stage tasks
about holding sessions."""

from participants.registries.involvement import involvement
from projects.registries.overview_sections import Place
from projects.registries.project_menu import EVERYONE
from sessions.meetings import stage_tasks
from sessions.meetings.personal_data import HELD
from sessions.meetings.retention import RETAINED
from sessions.meetings.selectors.involvement import sessions_attended_by
from sessions.meetings.selectors.overview import next_session_for, participation_for
from sessions.parts import register_part

MENU = [
    {
        "label": "Sessions",
        "url_name": "sessions:list",
        "perm": "projects.view_project",
        "order": 20,
        "top_for": EVERYONE,
    },
]

OVERVIEW = [
    {
        "key": "next_session",
        "place": Place.NOW,
        "template": "meetings/includes/overview_next_session.html",
        "build": next_session_for,
        "order": 10,
    },
    {
        "key": "participation",
        "place": Place.GLANCE,
        "template": "meetings/includes/overview_participation.html",
        "build": participation_for,
        "order": 20,
    },
]


def register():
    register_part(
        menu=MENU, overview=OVERVIEW, held=HELD, stage_tasks=stage_tasks, retained=RETAINED
    )
    involvement.add(key="sessions_attended", find=sessions_attended_by, empty=0)
