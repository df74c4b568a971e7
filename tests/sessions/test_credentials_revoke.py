"""A project lead sees the project's Open Badges and revokes one, with a reason, for the
organisation; checks then say it is revoked."""

import pytest

from participants.models import Notification
from projects.models import AuditEntry
from sessions.credentials.selectors.verify import verdict_for_token
from sessions.models import Credential
from tests.sessions.credentials import badge, lead_organisation


def listed(project):
    return f"/projects/{project.slug}/credentials/"


def revoke(credential):
    return f"/projects/{credential.project.slug}/credentials/{credential.pk}/revoke/"


def test_the_lead_revokes_with_a_reason(cast, client_as):
    lead_organisation(cast.project)
    credential = badge(cast)
    client = client_as("lead")
    page = client.get(listed(cast.project)).content.decode()
    assert "Speaking up with managers" in page and "1 issued." in page
    assert client.get(revoke(credential)).status_code == 200
    response = client.post(revoke(credential), {"reason": "Given to the wrong person"})
    assert response.status_code == 302
    credential.refresh_from_db()
    assert credential.is_revoked and credential.revoked_by == cast.lead
    assert credential.revoked_reason == "Given to the wrong person"
    entry = AuditEntry.objects.get(action="credential_revoke")
    assert entry.actor == cast.lead and entry.project == cast.project
    assert "wrong person" not in str(entry.detail)
    verdict = verdict_for_token(credential.token)
    assert verdict.state == "revoked" and verdict.issuer == "IRISS"
    assert "Revoked on" in client.get(listed(cast.project)).content.decode()
    told = Notification.objects.get(user=cast.young_person)
    assert "revoked" in told.subject and "wrong person" in told.body


def test_a_reason_is_needed_and_nothing_changes_without_one(cast, client_as):
    credential = badge(cast)
    response = client_as("lead").post(revoke(credential), {"reason": "   "})
    assert response.status_code == 422
    assert "Say why it is being revoked." in response.content.decode()
    assert "There is a problem" in response.content.decode()
    credential.refresh_from_db()
    assert (
        not credential.is_revoked
        and not AuditEntry.objects.filter(action="credential_revoke").exists()
    )


def test_revoking_twice_changes_nothing(cast, client_as):
    credential = badge(cast)
    client = client_as("lead")
    client.post(revoke(credential), {"reason": "Wrong"})
    first = Credential.objects.get().revoked_at
    response = client.post(revoke(credential), {"reason": "Again"})
    assert response.status_code == 200 and "It was revoked on" in response.content.decode()
    assert Credential.objects.get().revoked_at == first
    assert AuditEntry.objects.filter(action="credential_revoke").count() == 1


@pytest.mark.parametrize("who", ["local_lead", "facilitator", "young_person", "staff", "manager"])
def test_only_the_lead_sees_and_revokes(cast, client_as, who):
    credential = badge(cast)
    client = client_as(who)
    assert client.get(listed(cast.project)).status_code == 403
    assert client.get(revoke(credential)).status_code == 403
    assert client.post(revoke(credential), {"reason": "No"}).status_code == 403
    assert not Credential.objects.get().is_revoked


def test_anonymous_outsiders_and_wrong_methods(cast, client, client_as):
    credential = badge(cast)
    assert client.get(listed(cast.project)).status_code == 302
    assert client.post(revoke(credential), {"reason": "x"}).status_code == 302
    outsider = client_as("outsider")
    assert outsider.get(listed(cast.project)).status_code == 404
    assert outsider.post(revoke(credential), {"reason": "x"}).status_code == 404
    lead = client_as("lead")
    assert lead.post(listed(cast.project)).status_code == 405
    assert lead.delete(revoke(credential)).status_code == 405
    assert not Credential.objects.get().is_revoked


def test_a_badge_of_another_project_is_not_found(cast, client_as):
    from tests.factories import ParticipantFactory, ProjectFactory

    other = ProjectFactory(slug="elsewhere")
    ParticipantFactory(project=other, user=cast.lead, role="lead")
    credential = badge(cast)
    response = client_as("lead").get(f"/projects/elsewhere/credentials/{credential.pk}/revoke/")
    assert response.status_code == 404


@pytest.mark.parametrize("rows", [3, 50])
def test_the_list_holds_its_query_budget(cast, client_as, django_assert_max_num_queries, rows):
    credential = badge(cast)
    Credential.objects.bulk_create(
        Credential(
            kind="training",
            project=cast.project,
            title=f"Training {n}",
            holder_name="Someone",
            issuer_name="IRISS",
            token="x",
            public_id=f"id-{n}",
        )
        for n in range(rows - 1)
    )
    assert credential
    client = client_as("lead")
    with django_assert_max_num_queries(16):
        response = client.get(listed(cast.project))
    assert response.content.decode().count("/revoke/") == rows
