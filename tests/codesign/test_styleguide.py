import pytest

from tests.factories import UserFactory


def test_it_works_for_developers(client, db, settings):
    settings.DEBUG = True
    response = client.get("/styleguide/")
    assert response.status_code == 200
    body = response.content.decode()
    for part in [
        "Notification banners",
        "Enter an email address like name@example.com.",
        "Summary list",
        "Completed",
        "data-label=",
    ]:
        assert part in body


def test_it_works_for_staff(client, db):
    client.force_login(UserFactory(is_staff=True))
    assert client.get("/styleguide/").status_code == 200


@pytest.mark.parametrize("who", ["anonymous", "member"])
def test_it_is_hidden_from_everyone_else(client, db, who):
    if who == "member":
        client.force_login(UserFactory())
    assert client.get("/styleguide/").status_code == 404


def test_it_rejects_post(client, db):
    client.force_login(UserFactory(is_staff=True))
    assert client.post("/styleguide/").status_code == 405
