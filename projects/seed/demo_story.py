"""The words and numbers of the reference story: updates, stage moves, decisions, the
project's own words, partners, funding and spending. Days are counted back from today."""

from projects.models import Decision, Stage

DEMO_PAYMENT_POLICY = (
    "Young people and others who use services are paid for their time when they work with us "
    "as partners, at the same hourly rate for every session, just like the staff in the room. "
    "Travel and childcare costs are met on top, and food is provided at every session. If you "
    "would rather have a voucher, or not be paid, that is your choice and it is fine to say so."
)


DEMO_UPDATES = [
    (
        "Thursday's session moves online because of the snow",
        "Snow has closed several roads around the area, so Thursday's session will happen "
        "online instead, at the same time.\n\n"
        "If you do not have a laptop or enough data, call your local lead and we will sort "
        "something out. Your travel money for the day is still paid.",
        True,
        (230, 9, 30),
    ),
    (
        "From now on, everyone is paid for their time",
        "Some of you rightly pointed out that everyone in the room was being paid except the "
        "young people. That was not fair.\n\n"
        "From the next session, young people are paid for their time at the same rate for every "
        "session. You can claim on the payments page, choose a voucher instead, or decline.",
        False,
        (210, 18, 0),
    ),
    (
        "The friends' pack is now used in residential care",
        "The friends' pack started as a paper mock-up in our second session. After two rounds "
        "of testing with young people and staff, the council has adopted it in its residential "
        "care homes.\n\n"
        "Thank you to everyone who made it, tested it and told us what to change.",
        True,
        (20, 11, 0),
    ),
]

# An update the working group posts itself (members only): (title, body, (days ago, hour, minute)).
DEMO_GROUP_UPDATE = (
    "The working group meets every month",
    "We have agreed to meet online on the first Tuesday of every month at half past six, so "
    "nobody misses college or work.\n\n"
    "First on our list: making sure the friends' pack reaches every care home in the area. "
    "Anyone taking part can join the group on its page.",
    (10, 19, 15),
)


DEMO_RESOURCE_TITLE = "Notes from the first co-design session"


DEMO_RESOURCE_TEXT = """Notes from the first co-design session

Who came: young people, frontline staff, managers, the local leads and the facilitators.

What we heard
- Moving on from care can feel lonely, especially far from town.
- Young people want to know who they can call, and when.
- Meetings in working hours clash with college and work.

What we agreed to try
- A pack a young person can give to friends and family, explaining what support exists.
- A map of places and people who can help locally.
- Holding some sessions in the evening.
"""


# (days ago, from, to, reason, forced): the reference story's path, with one loop back.
DEMO_STAGE_MOVES = [
    (
        350,
        Stage.SETUP,
        Stage.INVITING,
        "Partners agreed their parts: IRISS leads and funds the design work, STAF meets young "
        "people's costs, the council lends venues and Snook runs the sessions.",
        False,
    ),
    (
        300,
        Stage.INVITING,
        Stage.DESIGNING,
        "Local leads have invited young people, social workers and managers. No one was turned "
        "away.",
        False,
    ),
    (
        230,
        Stage.DESIGNING,
        Stage.PROTOTYPING,
        "Sessions moved to evenings after the weather cancelled two; we agreed to go on.",
        True,
    ),
    (170, Stage.PROTOTYPING, Stage.TESTING, "", False),
    (
        140,
        Stage.TESTING,
        Stage.PROTOTYPING,
        "Young people found the map hard to read on a phone, so we went back to make it clearer.",
        False,
    ),
    (120, Stage.PROTOTYPING, Stage.TESTING, "", False),
    (
        80,
        Stage.TESTING,
        Stage.OUTCOMES,
        "The friends' pack worked well in testing and residential care staff want to use it.",
        False,
    ),
    (
        30,
        Stage.OUTCOMES,
        Stage.WORKING_GROUP,
        "The council wants to keep working this way: a working group of young people and staff.",
        False,
    ),
]


# (what, proposed by, decided by, young people voted, result, days ago)
DEMO_DECISIONS = [
    (
        "Hold sessions in the evening so young people at college or work can come",
        Decision.Group.YOUNG_PEOPLE,
        Decision.Group.EVERYONE,
        True,
        "Sessions run from 6pm to 8pm from the third session on, and more young people came.",
        240,
    ),
    (
        "Pay young people for their time at the same rate as others",
        Decision.Group.YOUNG_PEOPLE,
        Decision.Group.PARTNERS,
        False,
        "IRISS now pays people who use services when they work in partnership with it.",
        200,
    ),
    (
        "Move a session online when the weather closes the roads, rather than cancel it",
        Decision.Group.FACILITATORS,
        Decision.Group.EVERYONE,
        True,
        "Two sessions were held online in the winter.",
        225,
    ),
    (
        "Explain every hard word at the start of a session, starting with co-production",
        Decision.Group.YOUNG_PEOPLE,
        Decision.Group.EVERYONE,
        True,
        "The project keeps a list of its own words, and the facilitators check it before "
        "each session.",
        290,
    ),
    (
        "Develop the friends' pack for use in residential care",
        Decision.Group.STAFF,
        Decision.Group.EVERYONE,
        True,
        "The friends' pack is now used in residential care.",
        85,
    ),
    (
        "Keep going as a co-production working group after the project",
        Decision.Group.MANAGERS,
        Decision.Group.LEAD,
        False,
        "",
        35,
    ),
]


DEMO_PROJECT_WORDS = [
    (
        "friends' pack",
        "A pack young people made in this project for young people moving into residential "
        "care: who is who, what is nearby and where to get help. It is now used in residential "
        "care in Argyll and Bute.",
    ),
    (
        "STAF",
        "The Scottish Throughcare and Aftercare Forum, a charity for young people leaving care. "
        "In this project it met the young people's costs.",
    ),
    (
        "IRISS",
        "The Institute for Research and Innovation in Social Services. It led this project and "
        "paid for the design facilitators, materials, travel and expenses.",
    ),
    ("Snook", "The design agency that ran the sessions in this project."),
    (
        "throughcare and aftercare",
        "Support for young people getting ready to leave care (throughcare) and after they have "
        "left (aftercare).",
    ),
]


# The reference partnership: who did what, and where the money came from.
# A made-up address for the lead partner, printed on its letters (about payments, say).
DEMO_LEAD_ADDRESS = "1 Demo Street\nGlasgow\nG1 1AA"

DEMO_PARTNERS = [
    # (name, kind, website, roles, contact name, contact email)
    (
        "IRISS",
        "research",
        "https://www.iriss.org.uk",
        ["lead", "funder"],
        "Morag",
        "lead@demo.codesign.test",
    ),
    (
        "STAF",
        "charity",
        "https://www.staf.scot",
        ["funder", "participants"],
        "Iain",
        "local.lead@demo.codesign.test",
    ),
    (
        "Argyll and Bute Council",
        "council",
        "https://www.argyll-bute.gov.uk",
        ["venue", "participants"],
        "Alasdair",
        "",
    ),
    ("Snook", "design_agency", "https://wearesnook.com", ["facilitator"], "Priya", ""),
]


# (partner, kind, amount in pence or None, covers, description)
DEMO_FUNDING = [
    (
        "IRISS",
        "cash",
        500_000,
        ["facilitators", "materials", "travel", "expenses"],
        "Grant for design facilitators, materials, travel and other expenses",
    ),
    (
        "STAF",
        "costs_met",
        None,
        ["participants"],
        "Young people's travel and childcare, paid directly",
    ),
    ("Argyll and Bute Council", "in_kind", None, ["venues"], "Rooms for sessions"),
]


# (category, amount in pence, date, partner, note)
DEMO_SPENDING = [
    ("facilitators", 180_000, 250, "IRISS", "Snook: planning and first two workshops"),
    ("materials", 24_050, 242, "IRISS", "Card, pens and printing for mock-ups"),
    ("travel", 31_240, 230, "IRISS", "Facilitators' train and ferry to Oban"),
    ("facilitators", 120_000, 216, "IRISS", "Snook: prototype and testing sessions"),
    ("expenses", 9_680, 216, "IRISS", "Lunch for a full-day session"),
]

# Outcomes: (title, kind, you said, we did, what changed, evidence, decision it came from,
# who reviews it (email) or None, days ago it was agreed, days ago it was put into practice).
