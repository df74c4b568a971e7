"""On phones: a facilitator proposes three times, a young person and staff answer, the evening
wins; people reply with childcare and lift needs; snow postpones the session and everyone who
replied gets one message and sees the banner; on the day two people are checked in by the code
on their card; afterwards a photo of the map goes up with its description."""

import re
from datetime import timedelta

import pytest
from django.core import mail
from django.utils import timezone
from playwright.sync_api import expect

from participants.models import Notification
from sessions.meetings.services.polls import availability_save
from sessions.models import Attendance, Session, SessionPhoto, TimePoll
from tests.helpers import assert_no_axe_violations, sign_in_browser
from tests.projects.test_images import jpeg_with_gps

pytestmark = pytest.mark.browser

SESSIONS = "/projects/care-leavers/sessions/"


def local(day, hour):
    return f"{day:%Y-%m-%d}T{hour:02d}:00"


def test_a_session_from_finding_a_time_to_the_photos_afterwards(cast, phone, browser, live_server):
    day = timezone.localdate() + timedelta(days=10)
    later = day + timedelta(days=7)

    # The facilitator proposes three times.
    sign_in_browser(phone, live_server, cast.facilitator)
    phone.goto(SESSIONS)
    assert_no_axe_violations(phone)
    phone.get_by_role("link", name="Find a time").click()
    assert_no_axe_violations(phone)
    phone.get_by_label("What the session is").fill("Mapping workshop")
    phone.get_by_label("Venue").fill("Oban Community Centre")
    for n, hour in enumerate((10, 14, 18), start=1):
        phone.get_by_label(f"Time {n}: starts").fill(local(day, hour))
        phone.get_by_label(f"Time {n}: ends").fill(local(day, hour + 2))
    phone.get_by_role("button", name="Ask people").click()
    expect(phone.get_by_text("Times proposed.")).to_be_visible()
    assert_no_axe_violations(phone)
    poll = TimePoll.objects.get()
    morning, afternoon, evening = poll.options.all()

    # A young person answers on their phone; staff answer too.
    young = browser.new_context(viewport={"width": 375, "height": 667}, base_url=live_server.url)
    young.set_default_timeout(8000)
    jay = young.new_page()
    sign_in_browser(jay, live_server, cast.young_person)
    jay.goto("/projects/care-leavers/")
    jay.get_by_role("link", name="When can you come to Mapping workshop?").click()
    assert_no_axe_violations(jay)
    expect(jay.get_by_role("heading", level=1)).to_have_text(
        "When can you come to “Mapping workshop”?"
    )
    for hours, answer in [
        ("10:00 to 12:00", "No"),
        ("14:00 to 16:00", "No"),
        ("18:00 to 20:00", "Yes"),
    ]:
        group = jay.get_by_role("group", name=re.compile(hours))
        group.get_by_role("radio", name=answer, exact=True).check()
    jay.get_by_role("button", name="Save my answers").click()
    expect(jay.get_by_text("Thank you: your answers are saved.")).to_be_visible()
    for who in ("staff", "manager"):
        availability_save(
            poll=poll,
            participant=cast.participants[who],
            answers={morning: "yes", afternoon: "yes", evening: "if_need_be"},
        )

    # The facilitator sees the answers by role and picks the evening.
    phone.reload()
    expect(phone.get_by_role("row", name="Young people 1 0 0").first).to_be_visible()
    assert_no_axe_violations(phone)
    phone.get_by_role("button", name="Make this the session").nth(2).click()
    expect(phone.get_by_text("Session planned at the chosen time.")).to_be_visible()
    session = Session.objects.get()
    assert timezone.localtime(session.starts_at).hour == 18
    phone.get_by_role("link", name="Change the details").click()
    phone.get_by_label("A question to ask people when they reply").fill(
        "Do you need a lift from Oban station?"
    )
    phone.get_by_role("button", name="Save changes").click()
    expect(phone.get_by_text("Session saved.")).to_be_visible()

    # The young person replies with childcare and a lift.
    jay.goto(session.get_absolute_url())
    assert_no_axe_violations(jay)
    jay.get_by_role("link", name="Reply").click()
    assert_no_axe_violations(jay)
    jay.get_by_role("radio", name="Yes, I'll come").check()
    jay.get_by_label("Do you need a lift from Oban station?").fill("Yes, my bus gets in at 17:15")
    jay.get_by_label("I need childcare this time").check()
    jay.get_by_role("button", name="Send my reply").click()
    expect(jay.get_by_text("Thank you: you have a place.")).to_be_visible()
    Attendance.objects.create(session=session, participant=cast.participants["staff"], reply="yes")

    # The facilitator sees what to arrange, then snow postpones the session.
    phone.goto(session.get_absolute_url())
    expect(phone.get_by_text("Childcare for 1: Young person")).to_be_visible()
    phone.get_by_role("link", name="Postpone, cancel or move online").click()
    assert_no_axe_violations(phone)
    phone.get_by_role("radio", name="Postpone it to a new date").check()
    phone.get_by_role("radio", name="Bad weather").check()
    phone.get_by_label("Anything people should know").fill("Snow is forecast on the A85.")
    phone.get_by_label("New start").fill(local(later, 18))
    phone.get_by_label("New end").fill(local(later, 20))
    mail.outbox.clear()
    phone.get_by_role("button", name="Make the change and tell everyone").click()
    expect(phone.get_by_text("2 told by email.")).to_be_visible()
    assert sorted(m.to[0] for m in mail.outbox) == sorted(
        [cast.young_person.email, cast.staff.email]
    )
    assert f"{later:%A} {later.day} {later:%B %Y}" in mail.outbox[0].body
    # One message about the new date (the other, earlier: a place when the time was picked).
    assert (
        Notification.objects.filter(user=cast.young_person, subject__contains="new date").count()
        == 1
    )

    jay.goto(session.get_absolute_url())
    expect(jay.get_by_role("heading", name="This session has a new date")).to_be_visible()
    assert_no_axe_violations(jay)
    young.close()

    # On the day (the session's new date comes): two people checked in by the codes on their
    # cards, which works only on the day.
    tonight = timezone.localtime().replace(hour=23, minute=0, second=0, microsecond=0)
    Session.objects.filter(pk=session.pk).update(
        starts_at=tonight, ends_at=tonight + timedelta(minutes=59)
    )
    phone.goto(session.get_absolute_url())
    phone.get_by_role("link", name="Check people in").click()
    assert_no_axe_violations(phone)
    for who in ("young_person", "staff"):
        card = cast.participants[who]
        phone.get_by_label("Code from their card").fill(card.grouped_card_code)
        phone.get_by_role("button", name="Check in", exact=True).click()
        expect(phone.get_by_text(f"{card.display_name} is checked in.")).to_be_visible()
    assert_no_axe_violations(phone)
    assert Attendance.objects.filter(session=session, attended=True).count() == 2

    # Afterwards: a photo of the map with its description.
    phone.goto(session.get_absolute_url())
    phone.get_by_role("link", name="Add a photo").click()
    assert_no_axe_violations(phone)
    phone.locator("input[type=file]").set_input_files(
        files=[{"name": "map.jpg", "mimeType": "image/jpeg", "buffer": jpeg_with_gps()}]
    )
    phone.get_by_role("button", name="Add the photo").click()
    expect(phone.get_by_text("Describe the picture in a few words").first).to_be_visible()
    assert_no_axe_violations(phone)
    phone.locator("input[type=file]").set_input_files(
        files=[{"name": "map.jpg", "mimeType": "image/jpeg", "buffer": jpeg_with_gps()}]
    )
    phone.get_by_label("Describe the photo").fill("A paper map of Oban with post-it notes")
    phone.get_by_role("button", name="Add the photo").click()
    expect(phone.get_by_role("img", name="A paper map of Oban with post-it notes")).to_be_visible()
    assert_no_axe_violations(phone)
    assert SessionPhoto.objects.count() == 1


FAKE_CAMERA = """
window.BarcodeDetector = class {
  constructor() {}
  detect() { return Promise.resolve([{ rawValue: "https://example.org/card/%s" }]); }
};
Object.defineProperty(navigator, "mediaDevices", {
  value: {
    getUserMedia() {
      const canvas = document.createElement("canvas");
      canvas.getContext("2d").fillRect(0, 0, 10, 10);
      return Promise.resolve(canvas.captureStream());
    },
  },
});
"""


def test_a_card_can_be_scanned_with_the_phone_camera_where_the_browser_reads_codes(
    cast, phone, live_server
):
    from tests.sessions.conftest import make_session

    session = make_session(cast.project, days=0, hour=23)  # cards are checked in on the day
    card = cast.participants["young_person"]
    sign_in_browser(phone, live_server, cast.facilitator)
    phone.goto(f"{SESSIONS}{session.pk}/check-in/")
    expect(phone.get_by_role("button", name="Scan the card with the camera")).to_have_count(0)

    phone.add_init_script(FAKE_CAMERA % card.grouped_card_code)
    phone.reload()
    phone.get_by_role("button", name="Scan the card with the camera").click()
    expect(phone.get_by_text("Young person is checked in.")).to_be_visible()
    assert_no_axe_violations(phone)
    assert Attendance.objects.get(session=session).attended
