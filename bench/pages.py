"""The pages `make bench` measures: one line each. `{big}` is the big project's slug;
`{session}`, `{prototype}` and `{outcome}` are its busiest session, idea and outcome (see
bench/paths.py, which reads them once the data is loaded).

A new list page adds itself here, as the role that uses it most (a lead for pages only leads
see). Roles are Role values; "" measures the page signed out. A page that keeps what it worked
out for a version of the project's data (`cached=True`) gets a second row: its first request
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
    Page("Home (my projects)", "young_person", "/", target=0.25),
    Page("Overview", "lead", "/projects/{big}/", target=0.25, cached=True),
    Page("Overview", "young_person", "/projects/{big}/", target=0.25, cached=True),
    Page("People", "lead", "/projects/{big}/people/"),
    Page("Support needs summary", "lead", "/projects/{big}/needs/"),
    Page("Invite people", "lead", "/projects/{big}/people/invite/"),
    Page("Your network", "lead", "/projects/{big}/people/network/"),
    Page("Letters and messages not sent", "lead", "/projects/{big}/people/letters/"),
    Page("Partners and funding", "lead", "/projects/{big}/partners/"),
    Page("Decision log", "young_person", "/projects/{big}/decisions/"),
    Page("Updates", "young_person", "/projects/{big}/updates/"),
    Page("Files", "young_person", "/projects/{big}/resources/"),
    Page("Stage", "lead", "/projects/{big}/stage/"),
    Page("Stage history", "young_person", "/projects/{big}/stage/history/"),
    Page("Project words", "young_person", "/projects/{big}/glossary/"),
    Page("My page (/me/)", "young_person", "/me/"),
    Page("My messages", "young_person", "/me/messages/"),
    Page("Sessions", "young_person", "/projects/{big}/sessions/"),
    Page("A session (most replies)", "young_person", "/projects/{big}/sessions/{session}/"),
    Page("A session (most replies)", "facilitator", "/projects/{big}/sessions/{session}/"),
    Page("Ideas and prototypes", "young_person", "/projects/{big}/prototypes/"),
    Page("An idea (most comments)", "young_person", "/projects/{big}/prototypes/{prototype}/"),
    Page("Outcomes", "staff", "/projects/{big}/outcomes/"),
    Page("An outcome (most reviews)", "staff", "/projects/{big}/outcomes/{outcome}/"),
    Page("Working group", "young_person", "/projects/{big}/working-group/"),
    Page("How co-produced is it", "lead", "/projects/{big}/co-production/"),
    Page("Report", "lead", "/projects/{big}/report/"),
    Page("Payments", "lead", "/projects/{big}/payments/"),
    Page("Claims to decide and pay", "lead", "/projects/{big}/payments/queue/"),
    Page("My claims (payments)", "young_person", "/projects/{big}/payments/"),
    Page("Training", "young_person", "/projects/{big}/training/"),
    Page("My certificate", "young_person", "/me/certificates/{big}/"),
    Page("My hours", "young_person", "/me/hours/"),
    Page("Open Badges given", "lead", "/projects/{big}/credentials/"),
    Page("Privacy (what the project holds)", "lead", "/projects/{big}/privacy/"),
    Page("Public page", "", "/p/{big}/"),
]

# A few pages of every kind, for a run in a couple of minutes (`bench.run --quick`).
QUICK = {"Trivial view, signed in", "Home (my projects)", "Overview", "People", "Sessions"}
QUICK_PAGES = [page for page in PAGES if page.name in QUICK]
