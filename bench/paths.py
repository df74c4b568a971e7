"""Values for the placeholders in bench/pages.py, read from the loaded scale data: `{big}` is
the big project's slug; `{session}`, `{prototype}` and `{outcome}` are its busiest session,
idea and outcome (most replies, comments and reviews; the oldest of equals), so every run
measures the same, heaviest, page of each kind; `{organisation}` is the organisation leading
it. Needs Django set up."""

from django.db.models import Count

from projects.models import Project
from sessions.management.commands.seed_scale import BIG_SLUG
from sessions.safeguarding.selectors.leads import leading_organisations


def busiest(rows, related):
    return rows.annotate(n=Count(related)).order_by("-n", "pk").values_list("pk", flat=True)[0]


def path_values():
    big = Project.objects.get(slug=BIG_SLUG)
    return {
        "big": BIG_SLUG,
        "session": busiest(big.sessions.all(), "attendances"),
        "prototype": busiest(big.prototypes.all(), "comments"),
        "outcome": busiest(big.outcomes.all(), "reviews"),
        # The one seed_scale gave a lead and a safeguarding lead.
        "organisation": leading_organisations(big)[0].slug,
    }
