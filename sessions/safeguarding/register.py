"""What keeping people safe adds to the rest of the site: the safeguarding leads' line in the
overview's attention list, and a person's note that their concern was received.

No menu entry: "Worried about someone?" is in the project header on every page, and concerns
appear in no personal-data download (`HELD` is empty on purpose: a concern is a safeguarding
record kept by the project, not the raiser's own data to download or delete).
"""

from projects.registries.overview_sections import Place
from sessions.parts import register_part
from sessions.safeguarding.selectors.overview import concerns_attention_for, own_concerns_for

OVERVIEW = [
    {
        "key": "concerns_open",
        "place": Place.ATTENTION,
        "template": "safeguarding/includes/overview_concerns_attention.html",
        "build": concerns_attention_for,
        "order": 5,
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
    register_part(overview=OVERVIEW)
