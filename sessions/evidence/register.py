"""What the project's evidence adds to the rest of the site: menu entries for the working
group, "How co-produced is it?" and the report."""

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


def register():
    register_part(menu=MENU)
