"""How a part of this app (meetings, prototypes, payments, evidence) joins the rest of the site.

Each part's `register.py` declares, as tables, its entries in the project menu, its sections of
the project overview, what it holds about a person (for their "all your data" page and for
deleting an account), how long it keeps each kind of record (its RETAINED rows, for
`projects/registries/retention.py`) and its stage tasks (the COUNTS, MOMENTS and TASKS tables
of its `stage_tasks.py`), then hands them to `register_part`. The app's `ready()` calls each
part's `register()` and nothing else.
"""

from participants.registries.personal_data import personal_data
from projects.registries.overview_sections import sections
from projects.registries.project_menu import project_menu
from projects.registries.retention import retention
from projects.registries.stage_tasks import registry


def register_part(*, menu=(), overview=(), held=(), stage_tasks=None, retained=()):
    """Add a part's tables to the shared registries. Each row is the keyword arguments of the
    registry's `add`; registering twice replaces, so `ready()` running again is harmless."""
    for entry in menu:
        project_menu.add(**entry)
    for entry in overview:
        sections.add(**entry)
    for entry in held:
        personal_data.add(**entry)
    for entry in retained:
        retention.add(**entry)
    if stage_tasks is not None:
        registry.add_all(
            counts=stage_tasks.COUNTS, moments=stage_tasks.MOMENTS, tasks=stage_tasks.TASKS
        )
