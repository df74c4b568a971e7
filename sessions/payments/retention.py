"""How long claims and their receipts are kept: HMRC asks organisations to keep financial
records for six years after the end of the tax year they relate to (the UK tax year ends on
5 April), so a claim goes at the end of the sixth tax year after the one it was made in."""

import datetime

from projects.registries.retention import Removal, delete_each, months_before, start_of
from sessions.payments.models import Claim

SIX_YEARS = 72


def tax_year_start(day):
    """6 April on or before `day`."""
    start = datetime.date(day.year, 4, 6)
    return start if day >= start else datetime.date(day.year - 1, 4, 6)


def claims_due(*, on, months, scope):
    before = start_of(tax_year_start(months_before(on, months)))
    claims = Claim.objects.filter(submitted_at__lt=before)
    return scope.narrow(claims, people=["participant__user"]).order_by("pk")


def claims_held(project):
    return Claim.objects.filter(participant__project=project)


RETAINED = [
    {
        "key": "claims",
        "name": "Claims and receipts",
        "why": "To pay people for their time and costs, and to show the accounts are right.",
        "who_sees": "The person who claimed and the project's leads.",
        "months": SIX_YEARS,
        "floor_months": SIX_YEARS,
        "after": "after the end of the tax year the claim was made in",
        "removal": Removal.ANONYMISE,
        "remains": (
            "The claim, its receipts and who made it go; a paid claim's amount stays in the "
            "project's spending, with its date and session, without a name."
        ),
        "find": claims_due,
        # One by one, so each receipt's file leaves storage with its row. The spending row
        # of a paid claim stays in the project's accounts, without the person.
        "remove": delete_each,
        "held": claims_held,
        "permission": "workshops.view_claim",
        "order": 60,
    }
]
