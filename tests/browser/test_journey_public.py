"""A lead fills in the project settings and makes the project public, posts an update and
uploads the project report; then a visitor who is not signed in reads the public page on a
phone and downloads the report, without seeing anything about the people involved."""

from pathlib import Path

import pytest
from playwright.sync_api import expect

from projects.models import Organisation, Partner, Project
from tests.helpers import assert_no_axe_violations, expect_form_error, sign_in_browser
from tests.projects.sample_files import PDF

pytestmark = pytest.mark.browser

PEOPLE = {
    "lead": "Morag Lamont",
    "local_lead": "Iain Buchanan",
    "facilitator": "Priya Natarajan",
    "young_person": "Jay Kerrigan",
    "staff": "Fiona Galbraith",
    "manager": "Alasdair Munro",
}


def give_people_names(cast):
    for role, name in PEOPLE.items():
        participant = cast.participants[role]
        participant.display_name = name
        participant.save()
        participant.user.display_name = name
        participant.user.save()


def test_lead_shares_the_project_and_a_visitor_reads_it(cast, desktop, phone, live_server):
    give_people_names(cast)
    Partner.objects.create(
        project=cast.project,
        organisation=Organisation.objects.create(name="STAF"),
        roles=["participants"],
        contact_name="Catriona Bell",
        contact_email="catriona@staf.example",
    )
    page = desktop
    sign_in_browser(page, live_server, cast.lead)

    # Settings: a clear message for dates the wrong way round, then saved.
    page.goto("/projects/care-leavers/")
    page.locator("summary", has_text="More").click()
    page.get_by_role("link", name="Project settings").click()
    expect(page.get_by_role("heading", name="Project settings")).to_be_visible()
    assert_no_axe_violations(page)
    page.get_by_label("What the project hopes to change").fill(
        "Meet the emotional and social needs of care leavers."
    )
    page.get_by_label("Where it happens").fill("Argyll and Bute")
    page.get_by_label("Start date").fill("2016-05-10")
    page.get_by_label("End date").fill("2016-05-01")
    page.get_by_label("Show a public page").check()
    page.get_by_label("How people are paid or thanked").fill(
        "Young people are paid for their time, like everyone else in the room."
    )
    page.get_by_role("button", name="Save settings").click()
    expect_form_error(page, "The end date must be on or after the start date")
    assert_no_axe_violations(page)
    assert not Project.objects.get(pk=cast.project.pk).is_public

    page.get_by_label("End date").fill("2017-03-31")
    page.get_by_role("button", name="Save settings").click()
    expect(page.get_by_text("Settings saved.")).to_be_visible()
    assert_no_axe_violations(page)
    project = Project.objects.get(pk=cast.project.pk)
    assert project.is_public and project.area == "Argyll and Bute"
    assert project.payment_policy.startswith("Young people are paid")

    # An update, first refused while empty.
    page.get_by_role("link", name="Updates").click()
    expect(page.get_by_role("heading", name="Updates", level=1)).to_be_visible()
    assert_no_axe_violations(page)
    page.get_by_role("link", name="Post an update").click()
    assert_no_axe_violations(page)
    page.get_by_label("Title").fill("Thursday's session moves online")
    page.get_by_role("button", name="Post update").click()
    expect_form_error(page, "Write the update before posting it.")
    assert_no_axe_violations(page)
    page.get_by_label("What you want to say").fill(
        "Snow has closed the roads.\n\nWe will meet online at the same time."
    )
    page.get_by_role("button", name="Post update").click()
    expect(page.get_by_text("Update posted")).to_be_visible()
    expect(page.get_by_role("heading", name="Thursday's session moves online")).to_be_visible()
    assert_no_axe_violations(page)

    # The project report, shared with everyone; files sit under "More" in the project menu.
    page.locator("summary", has_text="More").click()
    page.get_by_role("link", name="Files and reports").click()
    assert_no_axe_violations(page)
    page.get_by_role("link", name="Add a file").click()
    assert_no_axe_violations(page)
    page.get_by_label("File").set_input_files(
        files=[{"name": "Project report.pdf", "mimeType": "application/pdf", "buffer": PDF}]
    )
    page.get_by_label("Title").fill("Project report")
    page.get_by_label("Anyone can download it").check()
    page.get_by_role("button", name="Upload file").click()
    expect(page.get_by_text("File added")).to_be_visible()
    expect(page.get_by_role("link", name="Project report", exact=True)).to_be_visible()
    assert_no_axe_violations(page)

    page.locator("summary", has_text="More").click()
    page.get_by_role("link", name="Public page").click()
    expect(page.get_by_role("heading", name="Support for care leavers", level=1)).to_be_visible()
    assert_no_axe_violations(page)

    # A visitor on a phone, not signed in.
    visitor = phone
    visitor.goto("/p/care-leavers/")
    expect(visitor.get_by_role("heading", level=1)).to_have_text("Support for care leavers")
    expect(visitor.get_by_role("heading", name="Thursday's session moves online")).to_be_visible()
    expect(visitor.get_by_text("Snow has closed the roads.")).to_be_visible()
    expect(visitor.get_by_text("Argyll and Bute", exact=True)).to_be_visible()
    expect(visitor.get_by_text("STAF: brings participants")).to_be_visible()
    expect(visitor.get_by_role("link", name="Sign in")).to_be_visible()
    text = visitor.locator("body").inner_text()
    for name in [*PEOPLE.values(), "Catriona", "staf.example", "example.org"]:
        assert name not in text, name
    assert_no_axe_violations(visitor)

    with visitor.expect_download() as download:
        visitor.get_by_role("link", name="Project report").click()
    assert download.value.suggested_filename == "Project report.pdf"
    assert Path(download.value.path()).read_bytes() == PDF

    # A private project has no public page.
    Project.objects.filter(pk=cast.project.pk).update(is_public=False)
    visitor.goto("/p/care-leavers/")
    expect(visitor.get_by_role("heading", name="Page not found")).to_be_visible()
