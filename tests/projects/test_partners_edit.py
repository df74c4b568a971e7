"""Changing what a partner does in the project and who the contact is."""

import pytest

from projects.models import Partner
from tests.conftest import MEMBER_ROLES
from tests.factories import PartnerFactory


@pytest.fixture
def partner(cast):
    return PartnerFactory(
        project=cast.project,
        organisation__name="STAF",
        roles=["funder"],
        contact_name="Iain",
        contact_email="iain@staf.example.org",
    )


def url(partner):
    return f"/projects/{partner.project.slug}/partners/{partner.pk}/edit/"


def test_the_lead_changes_roles_and_contact(cast, client_as, partner):
    client = client_as("lead")
    form = client.get(url(partner)).content.decode()
    assert 'value="Iain"' in form and 'value="funder"' in form
    response = client.post(
        url(partner),
        {
            "roles": ["participants", "funder"],
            "contact_name": "Ailsa",
            "contact_email": "",
            "contact_phone": "+44 1546 605 522",
        },
    )
    assert response.status_code == 302
    assert response["Location"].endswith(f"/partners/#partner-{partner.pk}")
    partner.refresh_from_db()
    assert partner.roles == ["funder", "participants"]
    assert (partner.contact_name, partner.contact_email) == ("Ailsa", "")
    assert partner.contact_phone == "+44 1546 605 522"


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"roles": [], "contact_name": "Ailsa"}, "Choose at least one thing the organisation"),
        ({"roles": ["funder"], "contact_name": ""}, "Give the name of a contact person"),
        (
            {"roles": ["funder"], "contact_name": "Ailsa", "contact_email": "nope"},
            "Enter an email address like name@example.org.",
        ),
    ],
)
def test_bad_input_is_explained_and_nothing_saved(cast, client_as, partner, data, message):
    response = client_as("lead").post(url(partner), data)
    assert response.status_code == 200
    assert message in response.content.decode()
    partner.refresh_from_db()
    assert (partner.roles, partner.contact_name) == (["funder"], "Iain")


@pytest.mark.parametrize("who", MEMBER_ROLES[1:])
def test_only_the_lead_changes_partners(cast, client_as, partner, who):
    client = client_as(who)
    assert client.get(url(partner)).status_code == 403
    data = {"roles": ["venue"], "contact_name": "Someone"}
    assert client.post(url(partner), data).status_code == 403
    partner.refresh_from_db()
    assert partner.roles == ["funder"]


def test_a_partner_of_another_project_is_404(cast, client_as):
    elsewhere = PartnerFactory()
    response = client_as("lead").get(f"/projects/{cast.project.slug}/partners/{elsewhere.pk}/edit/")
    assert response.status_code == 404


def test_visitors_are_sent_to_sign_in(cast, client, partner):
    response = client.post(url(partner), {"roles": ["venue"], "contact_name": "X"})
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")
    assert Partner.objects.get().roles == ["funder"]


def test_the_address_for_letters_is_kept_a_line_each(cast, client_as, partner):
    response = client_as("lead").post(
        url(partner),
        {
            "roles": ["lead"],
            "contact_name": "Iain",
            "postal_address": "  1 Demo Street \r\n\r\n Glasgow\r\nG1 1AA  ",
        },
    )
    assert response.status_code == 302
    partner.refresh_from_db()
    assert partner.postal_address == "1 Demo Street\nGlasgow\nG1 1AA"
