"""What meetings add to the rest of the site: the Sessions menu entry, the overview's next
session and who came, a person's replies, times, calendar and photo tags, and the stage tasks
about holding sessions."""

from projects.registries.overview_sections import Place
from projects.registries.project_menu import EVERYONE
from sessions.meetings import stage_tasks
from sessions.meetings.selectors.overview import next_session_for, participation_for
from sessions.parts import register_part
from sessions.personal_data import selectors as held
from sessions.personal_data.services import session_data_forget

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

HELD = [
    {
        "key": "session_replies",
        "title": "Your replies to sessions",
        "collect": held.session_replies_of,
        "forget": session_data_forget,
        "order": 10,
    },
    {
        "key": "time_answers",
        "title": "Times you said you could come",
        "collect": held.time_answers_of,
    },
    {
        "key": "calendar",
        "title": "Your calendar and reminders",
        "collect": held.calendar_settings_of,
    },
    {"key": "photos_tagged", "title": "Photos you are tagged in", "collect": held.photos_tagged_of},
]


def register():
    register_part(menu=MENU, overview=OVERVIEW, held=HELD, stage_tasks=stage_tasks)
