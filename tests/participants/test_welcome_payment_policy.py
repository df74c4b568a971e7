"""The welcome step shows the project's payment policy before someone takes part."""

URL = "/projects/care-leavers/welcome/"


def test_the_welcome_step_shows_the_payment_policy(cast, client_as):
    cast.project.payment_policy = "Young people are paid £15 an hour, or a voucher if they prefer."
    cast.project.save()
    body = client_as("young_person").get(URL).content.decode()
    assert "How you are paid or thanked for your time" in body
    assert "Young people are paid £15 an hour, or a voucher if they prefer." in body
    assert "Step 1 of 2" in body


def test_no_policy_no_section(cast, client_as):
    body = client_as("young_person").get(URL).content.decode()
    assert "How you are paid or thanked for your time" not in body


def test_someone_answering_again_is_not_shown_it_as_a_welcome(cast, client_as):
    from tests.participants.people import ALL_YES, consent_for

    cast.project.payment_policy = "We pay for your time."
    cast.project.save()
    for purpose, level in ALL_YES.items():
        consent_for(cast.participants["young_person"], purpose, level)
    response = client_as("young_person").get(URL)
    assert "We pay for your time." not in response.content.decode()
