"""The people and support-needs pages in the project menu (see
projects/registries/project_menu.py)."""

from projects.registries.project_menu import RUNNING, TAKING_PART
from projects.roles import Role


def register_people_pages(menu):
    view = "projects.view_project"
    menu.add(label="People", url_name="participants:people", perm=view, order=30, top_for=RUNNING)
    menu.add(
        label="What helps me take part",
        url_name="needs:my_needs",
        perm=view,
        order=40,
        top_for=TAKING_PART,
        also=("needs:consent",),
    )
    menu.add(
        label="Support needs for planning",
        url_name="needs:summary",
        perm="participants.view_needs_summary",
        order=45,
        top_for={Role.LEAD, Role.FACILITATOR, Role.LOCAL_LEAD},
        also=("needs:record", "needs:consent_paper", "needs:consent_print"),
    )
