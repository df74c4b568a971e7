"""The accessibility sweep for the roles the main sweep does not walk: a facilitator, a local
lead, a member of frontline staff and a manager, each on a phone, over every page of the demo
their role opens. Their overview and project menu differ from a lead's and a young person's."""

import pytest
from django.urls import reverse

from participants.models import Participant
from sessions.models import Concern
from tests.browser.test_every_page_accessible import (
    check_all,
    runner_safety_pages,
    young_person_pages,
)
from tests.helpers import sign_in_browser

pytestmark = [pytest.mark.browser, pytest.mark.sweep]

ROLE_FREE = ("/me/", "/glossary/")

EXTRA_PAGES = {
    "facilitator": [
        "needs:summary",
        "projects:decision_new",
        "projects:glossary_new",
        "needs:consent_print",
    ],
    "local_lead": ["participants:invite", "needs:summary"],
    # Fiona, the demo's safeguarding lead.
    "staff": ["safeguarding:home", "safeguarding:vetting"],
    "manager": [],
}


@pytest.mark.parametrize("role", list(EXTRA_PAGES))
def test_every_page_this_role_uses_on_a_phone(demo, phone, live_server, role):
    email = f"{role.replace('_', '.')}@demo.codesign.test"
    person = Participant.objects.get(project=demo, role=role, user__email=email)
    sign_in_browser(phone, live_server, person.user)
    extra = [reverse(name, kwargs={"slug": demo.slug}) for name in EXTRA_PAGES[role]]
    # A young person's own claim is theirs alone: the others get the payments page itself.
    # Reporting a comment and scoring as a judge are checked for the young person, whose
    # comment and place on the panel they are; so are his own safety information and answer,
    # the application he reads on the places panel and his hand-over note as his term ends.
    own_parts = (
        "/payments/",
        "/report/",
        "/score/",
        "/safeguarding/sessions/",
        "/applications/",
        "/working-group/hand-over/",
    )
    theirs_only = [p for p in young_person_pages(demo) if any(part in p for part in own_parts)]
    # A person's own pages (their home, messages, card, hours…) and the site's glossary look
    # the same whatever their role in a project: the young person's sweep has checked them.
    same_for_all = [p for p in young_person_pages(demo) if p == "/" or p.startswith(ROLE_FREE)]
    shared = [p for p in young_person_pages(demo) if p not in theirs_only + same_for_all]
    payments = reverse("payments:home", kwargs={"slug": demo.slug})
    runs = runner_safety_pages(demo) if role == "facilitator" else []
    check_all(phone, [*shared, payments, *extra, *safeguarding_lead_pages(demo, role), *runs])


def safeguarding_lead_pages(project, role):
    if role != "staff":
        return []
    concern = Concern.objects.get(project=project)
    return [
        reverse(name, kwargs={"slug": project.slug, "pk": concern.pk})
        for name in ["safeguarding:concern", "safeguarding:action_new", "safeguarding:referral_new"]
    ]
