"""What paid involvement adds to the rest of the site: the Payments menu entry, the overview's
claims (a person's own, and those waiting for a decision) and a person's claims."""

from projects.registries.overview_sections import Place
from sessions.parts import register_part
from sessions.payments.personal_data import HELD
from sessions.payments.retention import RETAINED
from sessions.payments.selectors.overview import lead_claims_for, own_claims_for

MENU = [
    {
        "label": "Payments",
        "url_name": "payments:home",
        "perm": "workshops.view_payments",
        "order": 75,
    },
]

OVERVIEW = [
    {
        "key": "own_claims",
        "place": Place.NOW,
        "template": "payments/includes/overview_claims.html",
        "build": own_claims_for,
        "order": 30,
    },
    {
        "key": "claims_to_decide",
        "place": Place.ATTENTION,
        "template": "payments/includes/overview_claims_attention.html",
        "build": lead_claims_for,
        "order": 30,
    },
]


def register():
    register_part(menu=MENU, overview=OVERVIEW, held=HELD, retained=RETAINED)
