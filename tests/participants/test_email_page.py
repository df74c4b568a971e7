"""/accounts/email/: a person's email addresses. Looking at the page changes nothing; only a
button on it does."""

import pytest
from allauth.account.models import EmailAddress

from tests.factories import UserFactory

URL = "/accounts/email/"


@pytest.fixture
def jay(db):
    return UserFactory(email=None, username="jay482", display_name="Jay")


@pytest.fixture
def kim(db):
    """An account with an email address but no row in allauth's list of addresses, as an
    account made by hand or before allauth kept its list."""
    user = UserFactory(email="kim@example.org", display_name="Kim")
    EmailAddress.objects.filter(user=user).delete()
    return user


def test_looking_without_an_email_address_writes_nothing(client, jay):
    client.force_login(jay)
    before = EmailAddress.objects.count()
    response = client.get(URL)
    assert response.status_code == 200
    assert EmailAddress.objects.count() == before == 0
    assert "There is no email address on your account yet" in response.content.decode()


def test_looking_with_an_address_not_yet_listed_writes_nothing(client, kim):
    client.force_login(kim)
    before = EmailAddress.objects.count()
    response = client.get(URL)
    assert response.status_code == 200
    assert EmailAddress.objects.count() == before == 0
    body = response.content.decode()
    assert 'value="kim@example.org"' in body and "Not checked yet" in body
    assert client.head(URL).status_code == 200
    assert EmailAddress.objects.count() == 0


def test_a_button_on_the_page_still_works_on_that_address(client, kim, mailoutbox):
    client.force_login(kim)
    response = client.post(URL, {"email": "kim@example.org", "action_send": ""})
    assert response.status_code == 302
    address = EmailAddress.objects.get(user=kim)
    assert address.email == "kim@example.org" and not address.verified
    assert [m.to for m in mailoutbox] == [["kim@example.org"]]


def test_adding_an_address_without_one_before(client, jay, mailoutbox):
    client.force_login(jay)
    response = client.post(URL, {"email": "jay@example.org", "action_add": ""})
    assert response.status_code == 302
    assert EmailAddress.objects.get(user=jay).email == "jay@example.org"


def test_a_listed_address_is_shown_once(client, kim):
    EmailAddress.objects.create(user=kim, email="kim@example.org", primary=True, verified=True)
    client.force_login(kim)
    body = client.get(URL).content.decode()
    assert body.count('value="kim@example.org"') == 1 and "Checked" in body


def test_visitors_are_sent_to_sign_in(client, db):
    response = client.get(URL)
    assert response.status_code == 302 and "/accounts/login/" in response.url
    assert not EmailAddress.objects.exists()
