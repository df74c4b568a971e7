"""A young person on a 360 pixel phone says "ask me about future work" on My page; the lead of
their earlier project, starting a new one, sees them in the network and invites them; and an
organisation's lead sees them in the organisation's network and invites three people from it,
the least recently asked first."""

import datetime
import re

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from participants.models import FutureWork, Invitation, NetworkAsk
from projects.roles import MemberStatus
from tests.conftest import _watched_page
from tests.factories import (
    OrganisationFactory,
    OrganisationMemberFactory,
    ParticipantFactory,
    PartnerFactory,
    ProjectFactory,
    UserFactory,
)
from tests.helpers import assert_no_axe_violations, sign_in_browser

pytestmark = pytest.mark.browser


@pytest.fixture
def small_phone(browser, live_server):
    """A page as wide as the smallest phones in common use (360 CSS pixels)."""
    yield from _watched_page(browser, live_server, {"width": 360, "height": 740})


def test_a_young_person_says_yes_and_a_lead_invites_them_from_the_network(
    cast, small_phone, desktop, live_server
):
    earlier = ProjectFactory(title="Moving On Together", slug="moving-on")
    ParticipantFactory(project=earlier, user=cast.lead, role="lead")
    jay = UserFactory(display_name="Jay", email="jay@example.org")
    ParticipantFactory(project=earlier, user=jay, status=MemberStatus.LEFT, in_working_group=True)

    # Jay, on a small phone, on My page.
    phone = small_phone
    sign_in_browser(phone, live_server, jay)
    phone.goto("/me/")
    expect(phone.get_by_role("heading", level=2, name="Future work")).to_be_visible()
    assert_no_axe_violations(phone)
    phone.get_by_role("checkbox", name="Ask me about future work").check()
    phone.get_by_role("group", name="What would you like to do?").get_by_role(
        "checkbox", name="Testing ideas"
    ).check()
    phone.get_by_role("group", name="When can you usually come?").get_by_role(
        "checkbox", name="Evenings"
    ).check()
    phone.get_by_role("button", name="Save your answer about future work").click()
    expect(phone.get_by_text("Saved. Leads of projects you have been in")).to_be_visible()
    expect(phone.get_by_role("button", name="Stop asking me about future work")).to_be_visible()
    assert_no_axe_violations(phone)
    assert phone.evaluate("document.documentElement.scrollWidth") <= 360
    assert FutureWork.objects.get(user=jay).would_like == ["testing"]

    # A break that has already ended is explained, and nothing changes.
    phone.goto("/me/future-work/")
    phone.get_by_label("Taking a break until").fill("2020-01-31")
    phone.get_by_role("button", name="Save your answer").click()
    expect(phone.get_by_text("There is a problem")).to_be_visible()
    assert_no_axe_violations(phone)
    assert FutureWork.objects.get(user=jay).break_until is None

    # The lead, starting a new project, looks at their network and invites.
    sign_in_browser(desktop, live_server, cast.lead)
    desktop.goto(f"/projects/{cast.project.slug}/people/")
    desktop.get_by_role("link", name="Invite your network").click()
    expect(desktop.get_by_role("heading", level=1)).to_have_text("Your network")
    person = desktop.locator("[data-network-person]").filter(has_text="Jay")
    expect(person).to_contain_text("Moving On Together (young person, working group member)")
    expect(person).to_contain_text("Would like to do: Testing ideas")
    expect(person).to_contain_text("Can come: evenings")
    expect(person).to_contain_text("Last asked: never")
    assert_no_axe_violations(desktop)
    desktop.get_by_role("button", name="Invite 1 person to Support for care leavers").click()
    expect(desktop).to_have_url(re.compile(r"/people/$"))
    expect(desktop.get_by_text("Invitations sent by email: 1.")).to_be_visible()
    assert_no_axe_violations(desktop)

    assert Invitation.objects.get(project=cast.project, email="jay@example.org")
    assert NetworkAsk.objects.get(user=jay, project=cast.project, asked_by=cast.lead)


def test_a_young_person_joins_the_organisations_network_and_its_lead_invites_three(
    cast, small_phone, desktop, live_server
):
    staf = OrganisationFactory(name="STAF")
    OrganisationMemberFactory(organisation=staf, user=cast.lead, is_lead=True)
    earlier = ProjectFactory(title="Moving On Together", slug="moving-on")
    for project in (earlier, cast.project):
        PartnerFactory(project=project, organisation=staf)
    robyn = UserFactory(display_name="Robyn", email="robyn@example.org")
    ParticipantFactory(project=earlier, user=robyn, display_name="Robyn")
    now = timezone.now()
    asked = {}
    for name, days_ago in [("Asked lately", 10), ("Asked in spring", 200), ("Never asked", None)]:
        user = UserFactory(display_name=name, email=f"{name.replace(' ', '.')}@example.org")
        ParticipantFactory(project=earlier, user=user, display_name=name)
        FutureWork.objects.create(user=user, wants_asking=True)
        if days_ago is not None:
            NetworkAsk.objects.create(
                user=user, project=earlier, asked_at=now - datetime.timedelta(days=days_ago)
            )
        asked[name] = user

    # Robyn, on a 360 pixel phone, says "ask me about future work" on My page.
    phone = small_phone
    sign_in_browser(phone, live_server, robyn)
    phone.goto("/me/")
    phone.get_by_role("checkbox", name="Ask me about future work").check()
    phone.get_by_role("button", name="Save your answer about future work").click()
    expect(phone.get_by_text("Saved. Leads of projects you have been in")).to_be_visible()
    assert_no_axe_violations(phone)
    assert phone.evaluate("document.documentElement.scrollWidth") <= 360

    # STAF's lead finds its network from My page: Robyn is in it at once.
    sign_in_browser(desktop, live_server, cast.lead)
    desktop.goto("/me/")
    desktop.get_by_role("link", name="STAF: network of people to ask about future work").click()
    expect(desktop.get_by_role("heading", level=1)).to_have_text("STAF: network")
    people = desktop.locator("[data-network-person]")
    expect(people).to_have_count(4)
    expect(people.filter(has_text="Robyn")).to_contain_text("Projects: Moving On Together")
    order = [people.nth(n).get_by_role("heading").inner_text() for n in range(4)]
    assert order == ["Never asked", "Robyn", "Asked in spring", "Asked lately"]
    expect(people.filter(has_text="Asked lately")).to_contain_text("Asked this year: 1 time.")
    assert_no_axe_violations(desktop)

    # A wrong number is explained, and no one is asked.
    desktop.get_by_label("Which project to invite them to").select_option(
        label="Support for care leavers"
    )
    desktop.get_by_label("How many people to ask").fill("0")
    desktop.get_by_role("button", name="Send invitations").click()
    expect(desktop.get_by_text("There is a problem")).to_be_visible()
    assert_no_axe_violations(desktop)
    assert not NetworkAsk.objects.filter(project=cast.project).exists()

    # Three invited: the least recently asked first, so not the one asked lately.
    desktop.get_by_label("Which project to invite them to").select_option(
        label="Support for care leavers"
    )
    desktop.get_by_label("How many people to ask").fill("3")
    desktop.get_by_role("button", name="Send invitations").click()
    expect(
        desktop.get_by_text("Invitations to Support for care leavers sent by email: 3.")
    ).to_be_visible()
    assert_no_axe_violations(desktop)
    invited = {ask.user for ask in NetworkAsk.objects.filter(project=cast.project)}
    assert invited == {asked["Never asked"], robyn, asked["Asked in spring"]}
    # The page now shows that they were asked.
    expect(people.filter(has_text="Robyn")).to_contain_text("Asked this year: 1 time.")
