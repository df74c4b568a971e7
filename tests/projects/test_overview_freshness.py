"""The overview's figures are cached, yet after any change the next page shows the new ones."""

import pytest
from django.utils import timezone

from projects.freshness import cache_key, changes_project, project_changed_by_id
from projects.models import Project, StageChange
from projects.roles import MemberStatus
from tests.factories import ContributionFactory, ParticipantFactory, PartnerFactory, UserFactory
from tests.projects.stage_data import add_decision

OVERVIEW = "/projects/care-leavers/"


@pytest.fixture
def lead(cast, client_as):
    client = client_as("lead")
    assert client.get(OVERVIEW).status_code == 200  # the figures are now cached
    return client


def overview(client):
    return " ".join(client.get(OVERVIEW).content.decode().split())


def test_a_new_partner_shows_at_once(cast, lead):
    listed = '<span class="fw-semibold">IRISS</span>'
    body = overview(lead)
    assert listed not in body
    assert 'id="task-add_partners-status">Not started</strong>' in body
    response = lead.post(
        "/projects/care-leavers/partners/add/",
        {"new_name": "IRISS", "new_kind": "research", "roles": ["funder"], "contact_name": "Morag"},
    )
    assert response.status_code == 302
    body = overview(lead)
    assert listed in body
    assert 'id="task-add_partners-status">Completed</strong>' in body


def test_new_funding_and_spending_change_the_glance_at_once(cast, lead):
    partner = PartnerFactory(project=cast.project, organisation__name="IRISS")
    project_changed_by_id(cast.project.pk)
    assert "No funding recorded yet." in overview(lead)
    response = lead.post(
        "/projects/care-leavers/partners/funding/add/",
        {
            "partner": partner.pk,
            "kind": "cash",
            "amount_pence": "£5,000",
            "covers": ["travel"],
            "description": "Grant",
        },
    )
    assert response.status_code == 302
    assert "£5,000.00 committed, £0.00 spent, £5,000.00 left." in overview(lead)
    response = lead.post(
        "/projects/care-leavers/partners/spending/add/",
        {
            "category": "travel",
            "amount_pence": "240.50",
            "spent_on": "2025-02-20",
            "partner": partner.pk,
            "note": "Bus fares",
        },
    )
    assert response.status_code == 302
    assert "£5,000.00 committed, £240.50 spent, £4,759.50 left." in overview(lead)


def test_deleting_funding_shows_at_once(cast, lead):
    contribution = ContributionFactory(project=cast.project, partner__project=cast.project)
    project_changed_by_id(cast.project.pk)
    assert "£1,000.00 committed" in overview(lead)
    url = f"/projects/care-leavers/partners/funding/{contribution.pk}/delete/"
    assert lead.post(url).status_code == 302
    assert "No funding recorded yet." in overview(lead)


def test_a_new_decision_shows_at_once(cast, lead):
    assert "No decisions recorded yet." in overview(lead)
    response = lead.post(
        "/projects/care-leavers/decisions/new/",
        {
            "what": "Meet in the evening",
            "proposed_by": "young_people",
            "decided_by": "everyone",
            "young_people_voted": "on",
            "decided_on": "2025-01-10",
        },
    )
    assert response.status_code == 302
    assert "1 decision recorded. Young people had a say in 1 of them." in overview(lead)


def test_saying_yes_to_someone_waiting_shows_at_once(cast, lead):
    sam = ParticipantFactory(
        project=cast.project, user=UserFactory(display_name="Sam"), status=MemberStatus.PENDING
    )
    project_changed_by_id(cast.project.pk)
    body = overview(lead)
    assert "1 person is waiting for a lead to say yes" in body
    assert "2 young people" not in body
    assert lead.post(f"/projects/care-leavers/people/{sam.pk}/approve/").status_code == 302
    body = overview(lead)
    assert "waiting for a lead to say yes" not in body
    assert "2 young people" in body


def test_a_stage_move_shows_at_once(cast, lead):
    response = lead.post(
        "/projects/care-leavers/stage/",
        {
            "direction": "forward",
            "forward-from_stage": "setup",
            "forward-to_stage": "inviting",
            "forward-reason": "The partners agreed to start.",
        },
    )
    assert response.status_code == 302
    body = overview(lead)
    assert "Now: Inviting people" in body
    assert "The partners agreed to start." in body


def test_a_new_name_shows_in_the_stage_history_at_once(cast, lead):
    StageChange.objects.create(
        project=cast.project, from_stage="", to_stage="setup", by=cast.lead, at=timezone.now()
    )
    project_changed_by_id(cast.project.pk)
    assert f"{cast.lead.name} started the project" in overview(lead)
    details = {"display_name": "Morven Campbell", "age_band": "", "email_frequency": "daily"}
    assert lead.post("/me/", details).status_code == 302
    assert "Morven Campbell started the project" in overview(lead)


def test_a_change_made_by_another_web_process_shows_too(cast, lead):
    """Another process changes the data and the version in the database; this process's cache
    still holds the old figures under the old key, which is simply no longer asked for."""
    add_decision(cast.project, "Meet at college")
    assert "No decisions recorded yet." in overview(lead)  # the cached figures, as designed
    Project.objects.filter(pk=cast.project.pk).update(data_version=99)
    assert "1 decision recorded." in overview(lead)


def test_saving_an_old_copy_of_the_project_never_brings_back_an_old_key(cast):
    stale = Project.objects.get(pk=cast.project.pk)
    before = cache_key(stale, "overview")
    project_changed_by_id(stale.pk)
    stale.title = "A new title"
    stale.save()  # writes its old data_version back
    stale.refresh_from_db()
    assert cache_key(stale, "overview") != before


def test_a_service_that_cannot_say_which_project_it_changed_is_refused(db):
    @changes_project(via="result")
    def mystery(*, thing):
        return None

    with pytest.raises(TypeError):
        mystery(thing=1)


def test_a_service_must_say_what_leads_to_its_project(db):
    with pytest.raises(TypeError):

        @changes_project
        def unsaid(*, participant):
            return None
