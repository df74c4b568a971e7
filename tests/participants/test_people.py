import re
from datetime import timedelta

import pytest
from django.utils import timezone

from participants.models import Invitation, InvitationState, Participant
from participants.seed.scale import bulk_invitations, bulk_members, bulk_users
from participants.selectors.invitations import invitations_for
from projects.roles import Role
from projects.selectors.glossary import seed_site_glossary
from tests.conftest import MEMBER_ROLES
from tests.factories import InvitationFactory, ParticipantFactory, UserFactory
from tests.helpers import assert_paged_at_scale, assert_query_budget

URL = "/projects/care-leavers/people/"


@pytest.fixture
def crowd(cast):
    """Someone waiting, someone told not for now, someone who left, someone offline, and
    invitations from the lead and the local lead."""
    project = cast.project
    ParticipantFactory(
        project=project, user=UserFactory(display_name="Sam"), status="pending", joined_at=None
    )
    ParticipantFactory(project=project, user=UserFactory(display_name="Dee"), status="declined")
    ParticipantFactory(
        project=project,
        user=UserFactory(display_name="Lou", email="lou@example.org"),
        status="left",
        invited_by=cast.local_lead,
    )
    project.participants.create(
        display_name="Kirsty", role="young_person", status="active", invited_by=cast.local_lead
    )
    InvitationFactory(project=project, invited_by=cast.lead, email="from.lead@example.org")
    InvitationFactory(project=project, invited_by=cast.local_lead, name="Kim", code="KXPT7HWQ")
    return cast


@pytest.mark.parametrize("who", ["lead", "local_lead", "facilitator"])
def test_leads_and_facilitators_see_statuses_and_who_invited_whom(crowd, client_as, who):
    body = client_as(who).get(URL).content.decode()
    assert "Waiting for a yes (1)" in body and "Sam" in body
    assert "Not for now (1)" in body and "Dee" in body
    assert "Left (1)" in body and "Lou" in body
    assert "Takes part offline" in body
    assert "Invited by Local lead" in body
    assert "Joined " in body
    assert "lou@example.org" not in body  # members' email addresses are never listed


def test_members_are_grouped_by_role(cast, client_as):
    seed_site_glossary()
    body = client_as("young_person").get(URL).content.decode()
    roles = ["lead", "local_lead", "facilitator", "young_person", "staff", "manager"]
    order = [body.index(f'id="role-{role}"') for role in roles]
    assert order == sorted(order)
    # Each heading explains its role in place (the glossary's word, opened by a button).
    for heading in roles:
        assert re.search(rf'id="role-{heading}"><span class="glossary-term">.*?\(1\)</h3>', body)


@pytest.mark.parametrize("who", ["young_person", "staff", "manager"])
def test_everyone_else_sees_names_only(crowd, client_as, who):
    body = client_as(who).get(URL).content.decode()
    assert "Kirsty" in body and "Facilitator" in body
    for hidden in [
        "Sam",
        "Dee",
        "Lou",
        "Waiting for a yes",
        "Invited by",
        "Joined ",
        "Takes part offline",
        "Invitations",
        "@example.org",
        "KXPT",
    ]:
        assert hidden not in body, hidden


def test_a_lead_sees_every_invitation_and_can_approve(crowd, client_as):
    body = client_as("lead").get(URL).content.decode()
    assert "Invitations (2)" in body
    assert "from.lead@example.org" in body and "Kim" in body and "KXPT-7HWQ" in body
    assert ">Approve<" in body and ">Say no<" in body
    assert "Invite someone" in body and "Joining settings" in body


def test_a_local_lead_sees_only_the_invitations_they_sent_and_the_people_they_invited(
    crowd, client_as
):
    body = client_as("local_lead").get(URL).content.decode()
    assert "Invitations you sent (1)" in body
    assert "Kim" in body and "from.lead@example.org" not in body
    assert "People you invited (2)" in body
    assert ">Approve<" not in body and "Joining settings" not in body
    assert "Invite someone" in body


def test_a_facilitator_sees_no_invitations_and_cannot_approve(crowd, client_as):
    body = client_as("facilitator").get(URL).content.decode()
    assert "Invitations" not in body and ">Approve<" not in body
    assert "Invite someone" not in body


def test_invitations_show_who_joined(cast, client_as):
    from django.utils import timezone

    InvitationFactory(
        project=cast.project,
        invited_by=cast.local_lead,
        name="Jay",
        accepted_by=cast.young_person,
        accepted_at=timezone.now(),
    )
    body = client_as("local_lead").get(URL).content.decode()
    assert "Young person joined on" in body


@pytest.mark.parametrize("who", MEMBER_ROLES)
def test_every_member_sees_the_page(cast, client_as, who):
    assert client_as(who).get(URL).status_code == 200


def test_people_who_left_lose_access_at_once(cast, client_as):
    cast.participants["staff"].status = "left"
    cast.participants["staff"].save()
    assert client_as("staff").get(URL).status_code == 404


def _grow(cast, n):
    have = Participant.objects.filter(project=cast.project).count()
    for i in range(have, n + 6):
        ParticipantFactory(
            project=cast.project,
            role=["young_person", "staff", "manager"][i % 3],
            status=["active", "active", "pending", "left"][i % 4],
            invited_by=cast.local_lead,
            # Half have no email, so the page asks which of them may get a sign-in card.
            user=UserFactory(email=None, username=f"grown{i}") if i % 2 else UserFactory(),
        )
    for _ in range(cast.project.invitations.count(), n):
        InvitationFactory(project=cast.project, invited_by=cast.local_lead, email="")


@pytest.mark.parametrize("who", ["lead", "local_lead", "young_person"])
def test_query_budget(cast, client_as, who):
    client = client_as(who)
    # One query counts everyone by role and status; then a page of each list shown (the people
    # taking part in two: their page's ids, then those rows with their accounts), a count and a
    # page of invitations, the glossary words that explain the role headings, and which of the
    # people shown may be given a sign-in card, and (for those who see details) the names two
    # people share.
    assert_query_budget(fetch=lambda: client.get(URL), grow=lambda n: _grow(cast, n), budget=18)


@pytest.mark.parametrize("who", ["lead", "local_lead", "young_person"])
def test_a_page_of_2000_people_holds_50_and_costs_the_same_queries(cast, client_as, who):
    client = client_as(who)
    # Every list on the page has someone in it from the start, as it will at 2,000.
    bulk_members(cast.project, bulk_users(["first@example.org"]), invited_by=cast.local_lead)

    def grow(n):
        have = cast.project.participants.count()
        users = bulk_users([f"many{i}@example.org" for i in range(have, n)])
        bulk_members(cast.project, users, invited_by=cast.local_lead)
        bulk_invitations(
            cast.project, max(0, n - cast.project.invitations.count()), invited_by=cast.local_lead
        )

    response = assert_paged_at_scale(
        fetch=lambda: client.get(URL),
        grow=grow,
        row_marker='<li class="people-row">',
        per_page=50 * 3,  # taking part, people invited by a local lead, invitations
        small_shown=None,
    )
    body = response.content.decode()
    assert "Page 1 of 40" in body
    assert "Taking part (2000)" in body
    assert len(body) < 200_000


def test_it_finds_people_by_name_and_role(cast, client_as):
    ParticipantFactory(project=cast.project, user=UserFactory(display_name="Kirsty Brown"))
    ParticipantFactory(
        project=cast.project, user=UserFactory(display_name="Kirk Staff"), role=Role.STAFF
    )
    client = client_as("young_person")
    body = client.get(URL, {"q": " kir "}).content.decode()
    assert "Kirsty Brown" in body and "Kirk Staff" in body
    assert body.count('<li class="people-row">') == 2
    assert "2 of 8 found." in body
    body = client.get(URL, {"q": "kir", "role": "staff"}).content.decode()
    assert "Kirk Staff" in body and "Kirsty Brown" not in body
    body = client.get(URL, {"q": "nobody"}).content.decode()
    assert "No one matches." in body


def test_a_bad_filter_is_ignored_not_an_error(cast, client_as):
    response = client_as("staff").get(URL, {"role": "king", "page": "9"})
    assert response.status_code == 200
    assert "Taking part (6)" in response.content.decode()


def test_invitations_come_20_a_page(cast, client_as):
    bulk_invitations(cast.project, 45, invited_by=cast.lead)
    body = client_as("lead").get(URL).content.decode()
    assert "Invitations (45)" in body
    assert 'aria-label="Pages of invitations"' in body and "Page 1 of 3" in body
    body = client_as("lead").get(URL, {"invitations": "3"}).content.decode()
    assert body.count("<strong>Guest ") == 5


def invitation_names(body):
    return re.findall(r"<li class=\"people-row\">\s*<div>\s*<strong>([^<]+)</strong>", body)


def test_a_lead_finds_an_invitation_by_name_email_or_code(cast, client_as):
    InvitationFactory(project=cast.project, invited_by=cast.lead, name="Jay", email="")
    InvitationFactory(project=cast.project, invited_by=cast.lead, name="", email="kai@example.org")
    card = InvitationFactory(project=cast.project, invited_by=cast.lead, name="Sam", email="")
    InvitationFactory(
        project=cast.project, invited_by=cast.lead, name="Jo", revoked_at=timezone.now()
    )
    client = client_as("lead")
    by_name = client.get(URL, {"invitations-search-find": "ja"}).content.decode()
    assert invitation_names(by_name) == ["Jay"]
    assert "1 of 4 found." in by_name and "Invitations (4)" in by_name
    by_email = client.get(URL, {"invitations-search-find": "KAI@"}).content.decode()
    assert invitation_names(by_email) == ["kai@example.org"]
    # A code as printed on the card, with its dashes and in small letters.
    typed = card.grouped_code.lower()
    assert invitation_names(
        client.get(URL, {"invitations-search-find": typed}).content.decode()
    ) == ["Sam"]
    cancelled = client.get(URL, {"invitations-search-state": "cancelled"}).content.decode()
    assert invitation_names(cancelled) == ["Jo"]
    none = client.get(URL, {"invitations-search-find": "nobody"}).content.decode()
    assert "No invitation matches." in none and "0 of 4 found." in none


def test_invitation_search_keeps_a_local_lead_to_their_own(cast, client_as):
    InvitationFactory(project=cast.project, invited_by=cast.lead, name="Jay")
    InvitationFactory(project=cast.project, invited_by=cast.local_lead, name="Jade")
    body = client_as("local_lead").get(URL, {"invitations-search-find": "ja"}).content.decode()
    assert invitation_names(body) == ["Jade"] and "1 of 1 found." in body


def test_a_bad_invitation_search_is_ignored_not_an_error(cast, client_as):
    InvitationFactory(project=cast.project, invited_by=cast.lead, name="Jay")
    response = client_as("lead").get(URL, {"invitations-search-state": "lost", "page": "x"})
    assert response.status_code == 200 and invitation_names(response.content.decode()) == ["Jay"]


def test_invitation_states_as_queries_agree_with_each_invitation(cast):
    now = timezone.now()
    made = [
        InvitationFactory(project=cast.project, name="waiting"),
        InvitationFactory(project=cast.project, name="ran out", expires_at=now - timedelta(days=1)),
        InvitationFactory(project=cast.project, name="cancelled", revoked_at=now),
        InvitationFactory(
            project=cast.project, name="joined", accepted_at=now, accepted_by=cast.staff
        ),
        InvitationFactory(
            project=cast.project,
            name="joined after it ran out",
            accepted_at=now,
            accepted_by=cast.manager,
            expires_at=now - timedelta(days=1),
        ),
    ]
    for state in InvitationState.values:
        found = invitations_for(cast.project, cast.lead, everyone=True, state=state)
        expected = {
            i.pk for i in Invitation.objects.filter(pk__in=[m.pk for m in made]) if i.state == state
        }
        assert {i.pk for i in found} == expected, state
