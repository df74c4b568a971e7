"""The project lead names the safeguarding leads."""

import pytest
from django.urls import reverse

from projects.models import AuditEntry
from sessions.models import SafeguardingLead
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def _url(cast):
    return reverse("safeguarding:leads", kwargs={"slug": cast.project.slug})


def test_the_lead_names_safeguarding_leads(client_as, cast):
    client = client_as("lead")
    page = client.get(_url(cast)).content.decode()
    assert "Young person" not in page  # young people taking part cannot be one
    chosen = [cast.participants["facilitator"].pk, cast.participants["manager"].pk]
    response = client.post(_url(cast), {"leads": chosen})
    assert response.status_code == 302
    assert sorted(SafeguardingLead.objects.values_list("participant_id", flat=True)) == sorted(
        chosen
    )
    assert AuditEntry.objects.filter(action="safeguarding_lead_add").count() == 2
    client.post(_url(cast), {"leads": [chosen[0]]})
    assert list(SafeguardingLead.objects.values_list("participant_id", flat=True)) == [chosen[0]]
    assert AuditEntry.objects.filter(action="safeguarding_lead_remove").count() == 1


def test_the_people_page_links_to_it_for_the_lead(client_as, cast):
    page = client_as("lead").get(reverse("participants:people", args=[cast.project.slug]))
    assert _url(cast) in page.content.decode()


def test_a_young_person_cannot_be_named(client_as, cast):
    young = cast.participants["young_person"].pk
    response = client_as("lead").post(_url(cast), {"leads": [young]})
    assert response.status_code == 200
    assert "Select a valid choice" in response.content.decode()
    assert not SafeguardingLead.objects.exists()


@pytest.mark.parametrize("who", ["local_lead", "facilitator", "young_person", "staff", "manager"])
def test_only_the_project_lead_may(client_as, cast, who):
    client = client_as(who)
    assert client.get(_url(cast)).status_code == 403
    assert client.post(_url(cast), {"leads": [cast.participants[who].pk]}).status_code == 403
    assert not SafeguardingLead.objects.exists()


def test_a_site_administrator_outside_the_project_may_not(client, cast):
    client.force_login(UserFactory(is_staff=True, is_superuser=True))
    assert client.get(_url(cast)).status_code == 403


def test_outsiders_anonymous_and_wrong_methods(client, client_as, cast):
    assert client.get(_url(cast)).status_code == 302
    assert client_as("outsider").get(_url(cast)).status_code == 404
    assert client_as("lead").delete(_url(cast)).status_code == 405
