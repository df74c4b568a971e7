"""Adding a partner: an organisation already on Codesign, or a new one, with roles and a contact."""

import pytest

from projects.models import Organisation, Partner
from tests.conftest import MEMBER_ROLES
from tests.factories import OrganisationFactory, PartnerFactory


def url(project):
    return f"/projects/{project.slug}/partners/add/"


def new_iriss(**changes):
    return {
        "new_name": "IRISS",
        "new_kind": "research",
        "new_website": "www.iriss.example.org",
        "roles": ["funder", "lead"],
        "contact_name": "  Morag   Mackay ",
        "contact_email": "morag@iriss.example.org",
        "contact_phone": " 0131  555 0100 ",
        **changes,
    }


def test_the_lead_adds_a_new_organisation_as_a_partner(cast, client_as):
    response = client_as("lead").post(url(cast.project), new_iriss())
    partner = Partner.objects.get(project=cast.project)
    assert response.status_code == 302
    assert response["Location"] == f"/projects/care-leavers/partners/#partner-{partner.pk}"
    organisation = partner.organisation
    assert (organisation.name, organisation.kind, organisation.website) == (
        "IRISS",
        "research",
        "https://www.iriss.example.org",
    )
    # Roles are kept in the usual order, whatever order they were ticked in.
    assert partner.roles == ["lead", "funder"]
    assert partner.contact_name == "Morag Mackay"
    assert partner.contact_email == "morag@iriss.example.org"
    assert partner.contact_phone == "0131 555 0100"
    body = client_as("lead").get(response["Location"]).content.decode()
    assert "IRISS is now a partner in this project." in body


def test_the_lead_picks_an_organisation_already_on_codesign(cast, client_as):
    staf = OrganisationFactory(name="STAF", kind="charity")
    PartnerFactory(organisation=staf)  # a partner in another project too
    response = client_as("lead").post(
        url(cast.project),
        {"organisation": staf.pk, "roles": ["participants"], "contact_name": "Iain"},
    )
    assert response.status_code == 302
    partner = Partner.objects.get(project=cast.project)
    assert partner.organisation == staf
    assert Organisation.objects.count() == 1


def test_typing_the_name_of_a_known_organisation_reuses_it(cast, client_as):
    council = OrganisationFactory(
        name="Argyll and Bute Council", kind="council", website="https://council.example.org"
    )
    client = client_as("lead")
    response = client.post(
        url(cast.project),
        new_iriss(new_name="argyll AND bute council", new_kind="other", new_website=""),
        follow=True,
    )
    assert Organisation.objects.count() == 1
    council.refresh_from_db()
    # Other projects share the organisation, so its details stay as they were.
    assert (council.kind, council.website) == ("council", "https://council.example.org")
    assert Partner.objects.get(project=cast.project).organisation == council
    assert "was already on Codesign, so its saved details were used" in (response.content.decode())


@pytest.mark.parametrize("name", ["IRISS", "iriss", "  Iriss "])
def test_adding_the_same_organisation_twice_is_refused(cast, client_as, name):
    iriss = PartnerFactory(project=cast.project, organisation__name="IRISS")
    response = client_as("lead").post(url(cast.project), new_iriss(new_name=name))
    assert response.status_code == 200
    assert "IRISS is already a partner in this project." in response.content.decode()
    assert Partner.objects.filter(project=cast.project).count() == 1
    assert Organisation.objects.count() == 1
    assert Partner.objects.get(project=cast.project) == iriss


def test_picking_an_organisation_that_is_already_a_partner_is_refused(cast, client_as):
    iriss = PartnerFactory(project=cast.project, organisation__name="IRISS")
    response = client_as("lead").post(
        url(cast.project),
        {"organisation": iriss.organisation.pk, "roles": ["funder"], "contact_name": "Morag"},
    )
    assert "IRISS is already a partner in this project." in response.content.decode()
    assert Partner.objects.count() == 1


def test_a_race_to_add_the_same_partner_saves_nothing_twice(cast, client_as, monkeypatch):
    # Someone else added IRISS between the form's check and the save.
    from projects.forms import funding as forms_funding

    monkeypatch.setattr(
        forms_funding.PartnerAddForm, "clean", lambda self: self.cleaned_data, raising=True
    )
    PartnerFactory(project=cast.project, organisation__name="IRISS")
    response = client_as("lead").post(url(cast.project), new_iriss(organisation=""))
    assert response.status_code == 200
    assert "IRISS is already a partner in this project." in response.content.decode()
    assert Partner.objects.count() == 1


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"new_name": ""}, "Choose an organisation from the list, or type the name of a new one."),
        ({"roles": []}, "Choose at least one thing the organisation does."),
        ({"contact_name": "  "}, "Give the name of a contact person at the organisation."),
        ({"contact_email": "morag at iriss"}, "Enter an email address like name@example.org."),
        ({"contact_phone": "call Morag"}, "Enter a phone number using numbers, spaces"),
        ({"contact_phone": "0" * 31}, "at most 30 characters"),
        ({"new_website": "not a web address"}, "Enter a web address like www.example.org."),
        ({"roles": ["boss"]}, "Select a valid choice."),
        ({"new_website": "https://example.org/" + "a" * 190}, "at most 200 characters"),
        ({"contact_email": "a" * 250 + "@example.org"}, "at most 254 characters"),
    ],
)
def test_bad_input_is_explained_and_nothing_saved(cast, client_as, changes, message):
    response = client_as("lead").post(url(cast.project), new_iriss(**changes))
    assert response.status_code == 200
    body = response.content.decode()
    assert message in body
    assert "There is a problem" in body
    assert not Partner.objects.exists() and not Organisation.objects.exists()


def test_choosing_from_the_list_and_typing_a_name_is_refused(cast, client_as):
    staf = OrganisationFactory(name="STAF")
    response = client_as("lead").post(url(cast.project), new_iriss(organisation=staf.pk))
    assert "Choose an organisation from the list or type a new one, not both." in (
        response.content.decode()
    )
    assert not Partner.objects.exists()


def test_the_form_lists_organisations_and_searches_them_without_javascript(cast, client_as):
    OrganisationFactory(name="IRISS")
    OrganisationFactory(name="Snook")
    client = client_as("lead")
    body = client.get(url(cast.project)).content.decode()
    assert ">IRISS</option>" in body and ">Snook</option>" in body
    body = client.get(url(cast.project), {"q": "sno"}).content.decode()
    assert ">Snook</option>" in body and ">IRISS</option>" not in body
    assert "1 organisation matching “sno”" in body


def test_a_search_with_no_match_offers_the_name_for_a_new_organisation(cast, client_as):
    body = client_as("lead").get(url(cast.project), {"q": "Who Cares? Scotland"}).content.decode()
    assert "No organisation on Codesign matches" in body
    assert 'name="new_name" value="Who Cares? Scotland"' in body


@pytest.mark.parametrize("who", MEMBER_ROLES[1:])
def test_only_the_lead_adds_partners(cast, client_as, who):
    client = client_as(who)
    assert client.get(url(cast.project)).status_code == 403
    assert client.post(url(cast.project), new_iriss()).status_code == 403
    assert not Partner.objects.exists()


def test_outsiders_get_404(cast, client_as):
    assert client_as("outsider").post(url(cast.project), new_iriss()).status_code == 404
    assert not Partner.objects.exists()


def test_visitors_are_sent_to_sign_in(cast, client):
    response = client.post(url(cast.project), new_iriss())
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")
    assert not Partner.objects.exists()
