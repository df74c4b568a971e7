"""The reference story's project. Used by `manage.py seed_demo` only."""

from projects.models import Project

DEMO_SLUG = "redesigning-support-for-care-leavers"


def seed_project(*, lead):
    project, _ = Project.objects.update_or_create(
        slug=DEMO_SLUG,
        defaults={
            "title": "Redesigning Support for Care Leavers",
            "summary": (
                "A research institute, a charity and a council working with young care leavers, "
                "frontline staff and managers to design support for the emotional and social "
                "needs of care leavers moving into adult life in a rural area."
            ),
            "created_by": lead,
        },
    )
    return project


# The reference partnership: who did what, and where the money came from.
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
    ("facilitators", 180_000, "2026-02-12", "IRISS", "Snook: planning and first two workshops"),
    ("materials", 24_050, "2026-02-20", "IRISS", "Card, pens and printing for mock-ups"),
    ("travel", 31_240, "2026-03-04", "IRISS", "Facilitators' train and ferry to Oban"),
    ("facilitators", 120_000, "2026-03-18", "IRISS", "Snook: prototype and testing sessions"),
    ("expenses", 9_680, "2026-03-18", "IRISS", "Lunch for a full-day session"),
]


def seed_partnership(project, lead):
    """Partners, funding and spending from the reference story. Safe to run again."""
    import datetime

    from projects.models import FundingContribution, Spend
    from projects.services_funding import organisation_find_or_create

    partners = {}
    for name, kind, website, roles, contact, email in DEMO_PARTNERS:
        organisation = organisation_find_or_create(name=name, kind=kind, website=website)
        partners[name], _ = project.partners.update_or_create(
            organisation=organisation,
            defaults={"roles": roles, "contact_name": contact, "contact_email": email},
        )
    for name, kind, amount, covers, description in DEMO_FUNDING:
        FundingContribution.objects.update_or_create(
            project=project,
            partner=partners[name],
            kind=kind,
            defaults={
                "amount_pence": amount,
                "covers": covers,
                "description": description,
                "created_by": lead,
            },
        )
    for category, amount, spent_on, name, note in DEMO_SPENDING:
        Spend.objects.update_or_create(
            project=project,
            category=category,
            spent_on=datetime.date.fromisoformat(spent_on),
            note=note,
            defaults={"amount_pence": amount, "partner": partners[name], "created_by": lead},
        )
    return partners
