"""What ideas and prototypes add to the rest of the site: the menu entry, the overview's latest
ideas and who shared them, a person's ideas, comments, answers, sheets and scores, the stage
tasks about prototypes and testing, and the ideas behind an outcome."""

from participants.registries.roles_held import roles_held
from projects.registries.outcome_links import outcome_links
from projects.registries.outcome_news import news
from projects.registries.overview_sections import Place
from projects.registries.project_menu import TAKING_PART
from sessions.parts import register_part
from sessions.prototypes import stage_tasks
from sessions.prototypes.forms.prototypes import outcome_prototypes_field
from sessions.prototypes.personal_data import HELD
from sessions.prototypes.retention import RETAINED
from sessions.prototypes.selectors import outcomes as behind
from sessions.prototypes.selectors.overview import (
    idea_participation_for,
    latest_ideas_for,
    open_rounds_for,
)
from sessions.prototypes.selectors.panels import panel_members_among
from sessions.prototypes.services.prototypes import prototypes_link_outcome

MENU = [
    {
        "label": "Ideas and prototypes",
        "url_name": "prototypes:list",
        "perm": "workshops.view_prototype",
        "order": 25,
        "top_for": TAKING_PART,
    },
]

OVERVIEW = [
    {
        "key": "open_rounds",
        "place": Place.NOW,
        "template": "prototypes/includes/overview_open_rounds.html",
        "build": open_rounds_for,
        "order": 25,
    },
    {
        "key": "latest_ideas",
        "place": Place.NOW,
        "template": "prototypes/includes/overview_latest_ideas.html",
        "build": latest_ideas_for,
        "order": 30,
    },
    {
        "key": "idea_participation",
        "place": Place.GLANCE,
        "template": "prototypes/includes/overview_idea_participation.html",
        "build": idea_participation_for,
        "order": 30,
    },
]


def register():
    register_part(
        menu=MENU, overview=OVERVIEW, held=HELD, stage_tasks=stage_tasks, retained=RETAINED
    )
    outcome_links.add(
        key="prototypes",
        field=outcome_prototypes_field,
        initial=behind.prototypes_of,
        save=prototypes_link_outcome,
        shown=behind.prototypes_behind,
        order=10,
    )
    news.add_contributors("prototype_makers", behind.prototype_makers)
    roles_held.add(key="pitch_panel", find=panel_members_among)
