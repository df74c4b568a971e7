"""What keeping people safe adds to the rest of the site: the safeguarding leads' card in the
overview's "What is happening now" (whatever their role: only project leads see the attention
list), vetting checks running out in the project lead's attention list, and a person's note
that their concern was received.

No menu entry: "Worried about someone?" is in the project header on every page, and concerns
appear in no personal-data download (a concern is a safeguarding record kept by the project,
not the raiser's own data to download or delete). `HELD` lists only what a person gave about
themselves: their safety information for sessions and their "How was today?" answers.
"""

from django.db.models.signals import post_delete, post_save

from projects.models import OrganisationMember
from projects.registries.overview_sections import Place
from sessions.parts import register_part
from sessions.safeguarding.personal_data import HELD
from sessions.safeguarding.retention import RETAINED
from sessions.safeguarding.selectors.overview import (
    concerns_for,
    own_concerns_for,
    vetting_attention_for,
)
from sessions.safeguarding.services.organisation_leads import organisation_people_changed

OVERVIEW = [
    {
        "key": "concerns_open",
        "place": Place.NOW,
        "template": "safeguarding/includes/overview_concerns.html",
        "build": concerns_for,
        "order": 5,
    },
    {
        "key": "vetting_due",
        "place": Place.ATTENTION,
        "template": "safeguarding/includes/overview_vetting_attention.html",
        "build": vetting_attention_for,
        "order": 6,
    },
    {
        "key": "own_concerns",
        "place": Place.NOW,
        "template": "safeguarding/includes/overview_own_concerns.html",
        "build": own_concerns_for,
        "order": 90,
    },
]


def register():
    register_part(overview=OVERVIEW, held=HELD, retained=RETAINED)
    # Who an organisation names its safeguarding leads, however it is changed (its leads' page
    # or the admin), decides who reads the concerns of each project it leads.
    for signal in (post_save, post_delete):
        signal.connect(
            organisation_people_changed,
            sender=OrganisationMember,
            dispatch_uid=f"safeguarding-organisation-people-{signal is post_save}",
        )
