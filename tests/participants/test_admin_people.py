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


def test_site_admins_can_open_and_save_an_account_without_email(admin_client):
    from participants.models import User

    jay = UserFactory(email=None, username="jay482", display_name="Jay")
    url = f"/admin/participants/user/{jay.pk}/change/"
    assert admin_client.get(url).status_code == 200
    response = admin_client.post(
        url,
        {
            "email": "",
            "username": "jay482",
            "display_name": "Jay B",
            "mobile": "",
            "is_active": "on",
            "date_joined_0": "2026-01-01",
            "date_joined_1": "10:00:00",
        },
    )
    assert response.status_code == 302, response.context["adminform"].form.errors
    jay = User.objects.get(pk=jay.pk)
    assert jay.display_name == "Jay B" and jay.email is None
    assert admin_client.get("/admin/participants/user/?q=jay482").status_code == 200
