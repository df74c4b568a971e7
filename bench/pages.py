"""The pages `make bench` measures: one line each. `{big}` is the big project's slug;
`{session}`, `{prototype}` and `{outcome}` are its busiest session, idea and outcome, and
`{organisation}` the organisation leading it (see bench/paths.py, which reads them once the
data is loaded).

A new list page adds itself here, as the role that uses it most (a lead for pages only leads
see). Roles are Role values; "" measures the page signed out. A page that keeps what it worked
out for a version of the project's data (`cached=True`: the overview's sections, and every page
kept whole for its viewer by projects/views/kept_pages.py) gets a second row: its first request
after a write.
"""

from dataclasses import dataclass

TRIVIAL_PATH = "/bench/trivial/"
# The same, after reading who is signed in: the floor under every signed-in page.
TRIVIAL_USER_PATH = "/bench/trivial/user/"


@dataclass(frozen=True)
class Page:
    name: str
    role: str
    path: str
    target: float = 0.15  # share of the trivial view's CPU per request it should reach
    cached: bool = False

    def url(self, values):
        """The page's address, with the placeholders filled in from `values`."""
        return self.path.format(**values)


PAGES = [
    Page("Landing", "", "/"),
    Page("Join", "", "/join/"),
    Page("Trivial view, signed in", "young_person", TRIVIAL_USER_PATH, target=1 / 1.5),
    Page("Home (my projects)", "young_person", "/", target=0.25, cached=True),
    Page("Overview", "lead", "/projects/{big}/", target=0.25, cached=True),
    Page("Overview", "young_person", "/projects/{big}/", target=0.25, cached=True),
    Page("People", "lead", "/projects/{big}/people/", cached=True),
    Page("Support needs summary", "lead", "/projects/{big}/needs/", cached=True),
    Page("Invite people", "lead", "/projects/{big}/people/invite/", cached=True),
    Page("Your network", "lead", "/projects/{big}/people/network/", cached=True),
    Page("Letters and messages not sent", "lead", "/projects/{big}/people/letters/", cached=True),
    Page("Partners and funding", "lead", "/projects/{big}/partners/", cached=True),
    Page("Decision log", "young_person", "/projects/{big}/decisions/", cached=True),
    Page("Updates", "young_person", "/projects/{big}/updates/", cached=True),
    Page("Files", "young_person", "/projects/{big}/resources/", cached=True),
    Page("Stage", "lead", "/projects/{big}/stage/", cached=True),
    Page("Stage history", "young_person", "/projects/{big}/stage/history/", cached=True),
    Page("Project words", "young_person", "/projects/{big}/glossary/", cached=True),
    Page("My page (/me/)", "young_person", "/me/", cached=True),
    Page("My messages", "young_person", "/me/messages/", cached=True),
    Page("Sessions", "young_person", "/projects/{big}/sessions/", cached=True),
    Page(
        "A session (most replies)",
        "young_person",
        "/projects/{big}/sessions/{session}/",
        cached=True,
    ),
    Page(
        "A session (most replies)",
        "facilitator",
        "/projects/{big}/sessions/{session}/",
        cached=True,
    ),
    Page("Ideas and prototypes", "young_person", "/projects/{big}/prototypes/", cached=True),
    Page(
        "An idea (most comments)",
        "young_person",
        "/projects/{big}/prototypes/{prototype}/",
        cached=True,
    ),
    Page("Outcomes", "staff", "/projects/{big}/outcomes/", cached=True),
    Page("An outcome (most reviews)", "staff", "/projects/{big}/outcomes/{outcome}/", cached=True),
    Page("Working group", "young_person", "/projects/{big}/working-group/", cached=True),
    Page("How co-produced is it", "lead", "/projects/{big}/co-production/", cached=True),
    Page("Report", "lead", "/projects/{big}/report/", cached=True),
    Page("Payments", "lead", "/projects/{big}/payments/", cached=True),
    Page("Claims to decide and pay", "lead", "/projects/{big}/payments/queue/", cached=True),
    Page("My claims (payments)", "young_person", "/projects/{big}/payments/", cached=True),
    Page("Training", "young_person", "/projects/{big}/training/", cached=True),
    Page("My certificate", "young_person", "/me/certificates/{big}/", cached=True),
    Page("My hours", "young_person", "/me/hours/", cached=True),
    Page("Open Badges given", "lead", "/projects/{big}/credentials/", cached=True),
    Page("Privacy (what the project holds)", "lead", "/projects/{big}/privacy/", cached=True),
    Page("Concerns (the project's register)", "staff", "/projects/{big}/safeguarding/"),
    Page("The organisation's concerns", "staff", "/organisations/{organisation}/concerns/"),
    Page("The organisation's records periods", "lead", "/organisations/{organisation}/records/"),
    Page("The organisation's network", "lead", "/organisations/{organisation}/network/"),
    Page("Public page", "", "/p/{big}/", cached=True),
]

# A few pages of every kind, for a run in a couple of minutes (`bench.run --quick`).
QUICK = {"Trivial view, signed in", "Home (my projects)", "Overview", "People", "Sessions"}
QUICK_PAGES = [page for page in PAGES if page.name in QUICK]
