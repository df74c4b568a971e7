"""Letters in the post, chosen on /me/: they need an address, and the choice can be changed."""

from tests.participants.test_me_mobile import URL, form


def test_letters_go_on_with_an_address(cast, client_as):
    response = client_as("young_person").post(
        URL, form(cast.young_person, wants_letters="on", postal_address=" 1 Main Street\nOban ")
    )
    assert response.status_code == 302
    cast.young_person.refresh_from_db()
    assert cast.young_person.may_get_letters
    assert cast.young_person.postal_address == "1 Main Street\nOban"


def test_letters_without_an_address_are_explained_and_nothing_saved(cast, client_as):
    response = client_as("young_person").post(
        URL, form(cast.young_person, wants_letters="on", display_name="Changed")
    )
    assert response.status_code == 200
    assert "Type your postal address to get letters" in response.content.decode()
    cast.young_person.refresh_from_db()
    assert not cast.young_person.wants_letters and cast.young_person.display_name != "Changed"


def test_the_page_offers_letters_and_only_the_site(cast, client_as):
    body = client_as("young_person").get(URL).content.decode()
    assert "Post me a letter about things that matter" in body
    assert "No email: I will look on the site" in body
