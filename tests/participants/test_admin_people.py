import pytest
from django.utils import timezone

from participants.models import Invitation, Notification
from participants.notify import notify
from tests.factories import InvitationFactory, UserFactory


@pytest.fixture
def admin_client(client, cast):
    admin = UserFactory(is_staff=True, is_superuser=True)
    client.force_login(admin)
    InvitationFactory(project=cast.project, invited_by=cast.lead, accepted_at=timezone.now())
    notify(user=cast.young_person, subject="Hello", body="Hi.")
    return client


@pytest.mark.parametrize("model", [Invitation, Notification])
def test_site_admins_can_list_and_open_invitations_and_notifications(admin_client, model):
    name = model._meta.model_name
    assert admin_client.get(f"/admin/participants/{name}/").status_code == 200
    pk = model.objects.get().pk
    assert admin_client.get(f"/admin/participants/{name}/{pk}/change/").status_code == 200


def test_project_leads_cannot_use_the_admin_site(client_as):
    assert client_as("lead").get("/admin/participants/invitation/").status_code == 302
