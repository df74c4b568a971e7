"""Saying no to email in one click: every message emailed to someone with an account carries
List-Unsubscribe headers and a footer link that turn their email down to essentials; an
invitation to an address with no account offers "do not invite me again", which is honoured."""

import re

import pytest
from django.core import mail
from django.test import Client

from participants.models import DoNotInvite, Invitation
from participants.notify import daily_summaries_send, notify
from participants.notify.unsubscribe import email_stop_url, no_invitations_url

INVITE = "/projects/care-leavers/people/invite/"


def _path(url):
    return re.sub(r"^https?://[^/]+", "", url)


def test_a_notice_email_carries_one_click_unsubscribe_headers_and_a_footer_link(cast):
    mail.outbox.clear()
    notify(user=cast.young_person, subject="A new idea", body="Have a look.")
    (email,) = mail.outbox
    url = email_stop_url(cast.young_person)
    assert email.extra_headers["List-Unsubscribe"] == f"<{url}>"
    assert email.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert url in email.body
    assert email.message()["List-Unsubscribe"] == f"<{url}>"


def test_the_daily_summary_carries_them_too(cast):
    user = cast.young_person
    user.email_frequency = "daily"
    user.save()
    notify(user=user, subject="A new idea", body="Have a look.")
    mail.outbox.clear()
    assert daily_summaries_send() == 1
    assert mail.outbox[0].extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"


def test_the_link_asks_first_and_a_post_turns_email_down_to_essentials(cast):
    user = cast.young_person
    path = _path(email_stop_url(user))
    client = Client(enforce_csrf_checks=True)
    page = client.get(path)
    assert "Only important emails from now on" in page.content.decode()
    user.refresh_from_db()
    assert user.email_frequency == "every"  # a link scanner's GET changes nothing
    # A mail program's one-click POST, with no form token.
    response = client.post(path, "List-Unsubscribe=One-Click", content_type="text/plain")
    assert response.status_code == 200 and "Done." in response.content.decode()
    user.refresh_from_db()
    assert user.email_frequency == "essential"
    # Essential messages still come.
    mail.outbox.clear()
    notify(user=user, subject="Cancelled", body="The session is off.", essential=True)
    notify(user=user, subject="A new idea", body="Have a look.")
    assert [m.subject for m in mail.outbox] == ["Codesign: Cancelled"]


@pytest.mark.parametrize("token", ["nonsense", "MQ:1tampered:abc"])
def test_a_link_that_is_not_ours_is_not_found(db, client, token):
    assert client.get(f"/email/stop/{token}/").status_code == 404
    assert client.post(f"/email/no-invitations/{token}/").status_code == 404


def test_the_links_take_only_get_and_post(cast, client):
    path = _path(email_stop_url(cast.young_person))
    assert client.put(path).status_code == 405


def test_an_invitation_to_a_new_address_offers_do_not_invite_me_again(cast, client_as):
    mail.outbox.clear()
    client_as("lead").post(
        INVITE, {"how": "email", "email": "jo@example.org", "role": "manager", "days": 30}
    )
    (email,) = mail.outbox
    url = no_invitations_url("jo@example.org")
    assert url in email.body
    assert email.extra_headers["List-Unsubscribe"] == f"<{url}>"


def test_do_not_invite_me_again_is_honoured(cast, client_as):
    lead = client_as("lead")
    lead.post(INVITE, {"how": "email", "email": "jo@example.org", "role": "manager", "days": 30})
    path = _path(no_invitations_url("JO@example.org"))
    anyone = Client(enforce_csrf_checks=True)
    assert "Do not invite me again" in anyone.get(path).content.decode()
    assert not DoNotInvite.objects.exists()
    assert "Done." in anyone.post(path).content.decode()
    assert DoNotInvite.objects.count() == 1
    assert not DoNotInvite.objects.filter(email_hash__icontains="jo@").exists()  # a hash only
    assert Invitation.objects.get().revoked_at is not None  # the waiting one is cancelled
    mail.outbox.clear()
    response = lead.post(
        INVITE, {"how": "email", "email": "Jo@Example.org", "role": "manager", "days": 30}
    )
    assert response.status_code == 200
    assert "asked not to be invited" in response.content.decode()
    assert mail.outbox == [] and Invitation.objects.count() == 1


def test_someone_with_an_account_is_invited_through_their_inbox_with_the_less_email_link(
    cast, client_as
):
    from tests.factories import UserFactory

    UserFactory(email="robyn@example.org", display_name="Robyn")
    mail.outbox.clear()
    client_as("lead").post(
        INVITE, {"how": "email", "email": "robyn@example.org", "role": "staff", "days": 30}
    )
    (email,) = mail.outbox
    assert "/email/stop/" in email.extra_headers["List-Unsubscribe"]
    assert "/email/no-invitations/" not in email.body
