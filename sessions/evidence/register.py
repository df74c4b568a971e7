"""What the project's evidence adds to the rest of the site: menu entries for the working
group, "How co-produced is it?" and the report; working-group terms ending on the lead's
overview; applications for places as a person's data; sitting on a places panel as a role."""

from participants.registries.roles_held import roles_held
from projects.registries.overview_sections import Place
from sessions.evidence.personal_data import HELD
from sessions.evidence.selectors.places import open_places_for, terms_ending_for
from sessions.evidence.selectors.roles import places_panel_members_among
from sessions.parts import register_part

MENU = [
    {
        "label": "Working group",
        "url_name": "working_group:page",
        "perm": "projects.view_project",
        "order": 66,
    },
    {
        "label": "How co-produced is it?",
        "url_name": "coproduction:page",
        "perm": "projects.view_project",
        "order": 86,
    },
    {"label": "Report", "url_name": "report:page", "perm": "projects.view_project", "order": 72},
]

OVERVIEW = [
    {
        "key": "group_places_open",
        "place": Place.NOW,
        "template": "evidence/includes/overview_places_open.html",
        "build": open_places_for,
        "order": 45,
    },
    {
        "key": "group_terms_ending",
        "place": Place.ATTENTION,
        "template": "evidence/includes/overview_terms_ending.html",
        "build": terms_ending_for,
        "order": 40,
    },
]


def register():
    register_part(menu=MENU, overview=OVERVIEW, held=HELD)
    roles_held.add(key="places_panel", find=places_panel_members_among)
