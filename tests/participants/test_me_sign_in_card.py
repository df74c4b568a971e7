"""/me/sign-in-card/: the person's own sign-in name on a card, never their password."""

from tests.factories import UserFactory

URL = "/me/sign-in-card/"


def test_it_shows_the_sign_in_name_and_the_site_address(client, db, settings):
    settings.SITE_URL = "https://codesign.example.org"
    jay = UserFactory(email=None, username="jay482", display_name="Jay")
    client.force_login(jay)
    response = client.get(URL)
    assert response.status_code == 200
    body = response.content.decode()
    assert "jay482" in body and "https://codesign.example.org/accounts/login/" in body
    assert "a-good-long-password" not in body and jay.password not in body


def test_visitors_are_sent_to_sign_in_and_other_methods_refused(client, db):
    assert client.get(URL).status_code == 302
    client.force_login(UserFactory(username="sam555"))
    assert client.post(URL).status_code == 405


def test_it_shows_the_check_in_code_for_each_project_taken_part_in(cast, client_as):
    place = cast.participants["young_person"]
    body = client_as("young_person").get(URL).content.decode()
    assert (
        f'Support for care leavers: <strong class="text-nowrap">{place.grouped_card_code}' in body
    )


def drawn(link):
    """The squares of a QR code of `link`, to find on a page."""
    from codesign.qr import qr_svg

    return qr_svg(link, label="x").split("<path", 1)[1]


def test_the_qr_code_opens_the_sign_in_page_at_the_site_address(client, db, settings):
    settings.SITE_URL = "https://codesign.example.org"
    client.force_login(UserFactory(email=None, username="jay482", display_name="Jay"))
    body = client.get(URL).content.decode()
    assert drawn("https://codesign.example.org/accounts/login/") in body
    assert drawn("http://127.0.0.1:8000/accounts/login/") not in body
    svg = body[body.index("<svg") : body.index("</svg>")]
    assert 'aria-label="QR code that opens the sign-in page"' in svg and "style" not in svg


def test_someone_who_signs_in_by_email_gets_no_sign_in_name_line(cast, client_as):
    body = client_as("staff").get(URL).content.decode()
    assert "Your sign-in name" not in body and 'class="sign-in-name"' not in body
    assert "You sign in with your email address, <strong>staff@example.org</strong>" in body
    # A fresh sign-in card is only for people without email: they reset it by email instead.
    assert "for a new sign-in card" not in body and "Email me a sign-in code" in body
