"""Signing up never tells anyone whether an address already has an account: the answer to an
address in use is exactly the answer to a new one, on the sign-up page and on the join pages.
The owner of the address in use gets an email saying someone tried."""

import re

import pytest
from django.core import mail
from django.test import Client

from participants.models import Participant, User
from participants.services.join_settings import project_people_settings_update
from tests.factories import InvitationFactory

PASSWORD = "a-long-enough-passphrase"


def details(email, **extra):
    return {
        "display_name": "Jay",
        "email": email,
        "password1": PASSWORD,
        "password2": PASSWORD,
        **extra,
    }


def answer(url, data):
    """What someone probing would see: the response, then the page it leads to."""
    client = Client()
    client.get(url)
    response = client.post(url, data)
    follow = client.get(response["Location"]) if response.status_code == 302 else response
    page = re.sub(r'name="csrfmiddlewaretoken" value="[^"]+"', "", follow.content.decode())
    # The page repeats the address typed; everything else must match.
    page = page.replace(data["email"].lower(), "ADDRESS")
    return {
        "status": response.status_code,
        "location": response.get("Location"),
        "cookies": sorted(response.cookies.keys()),
        "page_status": follow.status_code,
        "page": page,
        "signed_in": client.get("/projects/").status_code == 200,
    }


@pytest.fixture
def invitation_url(cast):
    InvitationFactory(project=cast.project, invited_by=cast.lead, code="KXPT7HWQ")
    return "/join/KXPT-7HWQ/"


@pytest.fixture
def open_link_url(cast):
    project_people_settings_update(
        project=cast.project,
        by=cast.lead,
        open_join_enabled=True,
        open_join_roles=["young_person"],
        open_join_needs_approval=False,
        local_lead_roles=["young_person"],
    )
    cast.project.refresh_from_db()
    return f"/join/{cast.project.open_join_code}/"


@pytest.fixture(params=["sign-up page", "invitation code", "open link"])
def sign_up(request, cast):
    if request.param == "sign-up page":
        return "/accounts/signup/", {}
    if request.param == "invitation code":
        return request.getfixturevalue("invitation_url"), {}
    return request.getfixturevalue("open_link_url"), {"role": "young_person"}


def test_an_address_in_use_gets_the_same_answer_as_a_new_one(cast, sign_up):
    url, extra = sign_up
    new = answer(url, details("newcomer@example.org", **extra))
    in_use = answer(url, details("Outsider@example.org", **extra))
    assert new == in_use
    assert new["location"] == "/accounts/confirm-email/"
    assert "Check your email" in new["page"]
    assert not new["signed_in"]


def test_the_owner_of_the_address_is_told_and_nothing_changes(cast, sign_up):
    url, extra = sign_up
    before = User.objects.get(pk=cast.outsider.pk)
    answer(url, details("outsider@example.org", **extra))
    assert [message.to for message in mail.outbox] == [["outsider@example.org"]]
    assert "Someone tried to make a Codesign account" in mail.outbox[0].subject
    assert "You already have an account" in mail.outbox[0].body
    assert User.objects.filter(email__iexact="outsider@example.org").count() == 1
    after = User.objects.get(pk=cast.outsider.pk)
    assert (after.display_name, after.password) == (before.display_name, before.password)
    assert not Participant.objects.filter(user=cast.outsider).exists()


def test_a_new_address_finishes_from_the_link_and_comes_back_to_join(cast, invitation_url):
    client = Client()
    response = client.post(invitation_url, details("newcomer@example.org"))
    assert response["Location"] == "/accounts/confirm-email/"
    user = User.objects.get(email="newcomer@example.org")
    assert not Participant.objects.filter(user=user).exists()  # nothing joined yet
    link = re.search(r"http\S+/accounts/confirm-email/\S+/", mail.outbox[0].body).group(0)
    response = client.post(link.split("testserver", 1)[1])
    assert response["Location"] == invitation_url
    response = client.post(invitation_url)
    assert response["Location"] == "/projects/care-leavers/welcome/"
    assert Participant.objects.get(user=user).status == "active"


def test_the_invitation_is_untouched_by_either_answer(cast, invitation_url):
    answer(invitation_url, details("newcomer@example.org"))
    answer(invitation_url, details("outsider@example.org"))
    assert Client().get(invitation_url).status_code == 200  # still waiting to be used


def test_someone_invited_by_email_still_joins_at_once(cast):
    InvitationFactory(project=cast.project, code="KXPT7HWQ", email="jay@example.org", send_count=1)
    client = Client()
    response = client.post("/join/KXPT-7HWQ/", details("jay@example.org"))
    assert response["Location"] == "/projects/care-leavers/welcome/"
    assert client.get("/projects/").status_code == 200


def test_an_emailed_invitation_for_an_address_in_use_answers_check_your_email(cast):
    InvitationFactory(
        project=cast.project, code="KXPT7HWQ", email="outsider@example.org", send_count=1
    )
    result = answer("/join/KXPT-7HWQ/", details("outsider@example.org"))
    assert result["location"] == "/accounts/confirm-email/"
    assert not Participant.objects.filter(user=cast.outsider).exists()


def test_an_address_in_use_costs_a_password_hash_like_a_new_account(cast, sign_up, monkeypatch):
    from participants.views import signup

    hashed = []
    real = signup.make_password
    monkeypatch.setattr(
        signup, "make_password", lambda password: hashed.append(password) or real(password)
    )
    url, extra = sign_up
    answer(url, details("outsider@example.org", **extra))
    assert hashed == [PASSWORD]
