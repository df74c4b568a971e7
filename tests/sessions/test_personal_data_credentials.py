"""Open Badges are part of a person's data: listed in their download, and revoked when they
delete their account, so a copy someone still holds checks as revoked."""

import json

from participants.services.account import user_delete
from projects.models import AuditEntry
from sessions.credentials.selectors.verify import verdict_for_token
from sessions.models import Credential
from tests.sessions.credentials import badge, lead_organisation


def _section(data, key):
    return next(source for source in data["more"] if source["key"] == key)


def test_my_data_lists_my_badges_and_nobody_elses(cast, client_as):
    mine = badge(cast)
    badge(cast, who="staff")
    data = json.loads(client_as("young_person").get("/me/data.json").content)
    rows = _section(data, "credentials")["rows"]
    assert len(rows) == 1
    assert rows[0]["Open Badge"] == "Speaking up with managers"
    assert rows[0]["Link to check it"] == f"/credentials/{mine.public_id}/"
    assert "Your Open Badges" in client_as("young_person").get("/me/data/").content.decode()


def test_deleting_the_account_revokes_the_badges(cast, client):
    lead_organisation(cast.project)
    credential = badge(cast)
    token = credential.token
    user_delete(user=cast.young_person)
    kept = Credential.objects.get()
    assert kept.is_revoked and kept.holder is None and kept.participant is None
    assert kept.holder_name == "" and kept.token == ""
    assert AuditEntry.objects.filter(action="credential_revoke", actor=None).exists()
    verdict = verdict_for_token(token)
    assert verdict.state == "revoked" and verdict.issuer == "IRISS"
    page = client.get(f"/credentials/{kept.public_id}/").content.decode()
    assert "This credential has been revoked" in page and "Young person" not in page
