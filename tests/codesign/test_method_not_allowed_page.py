"""A request a page does not take gets a page that says so, with the 405 status and the Allow
header, rather than an empty body."""


def test_a_get_to_a_buttons_address_gets_a_plain_page(cast, client_as):
    response = client_as("young_person").get("/me/messages/read/")
    assert response.status_code == 405
    assert response["Allow"] == "POST"
    body = response.content.decode()
    assert "This page cannot do that" in body and "Nothing has been changed." in body


def test_anonymous_people_get_the_page_too(client, db):
    response = client.put("/join/")
    assert response.status_code == 405 and "This page cannot do that" in response.content.decode()
