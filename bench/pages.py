"""The pages `make bench` measures: one line each. `{big}` is the big project's slug.

A new list page adds itself here, as the role that uses it most (a lead for pages only leads
see). Roles are Role values; "" measures the page signed out.
"""

from dataclasses import dataclass

TRIVIAL_PATH = "/bench/trivial/"


@dataclass(frozen=True)
class Page:
    name: str
    role: str
    path: str
    target: float = 0.10  # share of the trivial view's throughput it should reach


PAGES = [
    Page("Home (my projects)", "young_person", "/"),
    Page("Overview", "lead", "/projects/{big}/", target=0.15),
    Page("Overview", "young_person", "/projects/{big}/", target=0.15),
    Page("People", "lead", "/projects/{big}/people/"),
    Page("Support needs summary", "lead", "/projects/{big}/needs/"),
    Page("Invite people", "lead", "/projects/{big}/people/invite/"),
    Page("Partners and funding", "lead", "/projects/{big}/partners/"),
    Page("Decision log", "young_person", "/projects/{big}/decisions/"),
    Page("Updates", "young_person", "/projects/{big}/updates/"),
    Page("Files", "young_person", "/projects/{big}/resources/"),
    Page("Stage", "lead", "/projects/{big}/stage/"),
    Page("Stage history", "young_person", "/projects/{big}/stage/history/"),
    Page("Project words", "young_person", "/projects/{big}/glossary/"),
    Page("My page (/me/)", "young_person", "/me/"),
    Page("Public page", "", "/p/{big}/"),
]
