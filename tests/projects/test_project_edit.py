import datetime

import pytest

from projects.models import Project
from projects.services.projects import settings_fingerprint
from tests.conftest import MEMBER_ROLES

URL = "/projects/care-leavers/edit/"


def form_data(project, **changes):
    data = {
        "title": project.title,
        "summary": project.summary,
        "aim": project.aim,
        "area": project.area,
        "starts_on": project.starts_on.isoformat() if project.starts_on else "",
        "ends_on": project.ends_on.isoformat() if project.ends_on else "",
        "payment_policy": project.payment_policy,
        "fingerprint": settings_fingerprint(project),
    }
    if project.is_public:
        data["is_public"] = "on"
    data.update(changes)
    return {key: value for key, value in data.items() if value is not None}


def test_it_shows_the_current_settings(cast, client_as):
    cast.project.area = "Argyll and Bute"
    cast.project.save()
    response = client_as("lead").get(URL)
    assert response.status_code == 200
    body = response.content.decode()
    assert "Project settings" in body
    assert 'value="Argyll and Bute"' in body
    assert "young people were not paid for their time while everyone else in the room was" in body


def test_it_saves_every_setting_and_keeps_the_address(cast, client_as):
    client = client_as("lead")
    data = form_data(
        cast.project,
        title="Redesigning Support for Care Leavers",
        summary="Designing support together.",
        aim="Meet the emotional and social needs of care leavers.",
        area="  Argyll   and Bute ",
        starts_on="2015-09-01",
        ends_on="2017-03-31",
        is_public="on",
        payment_policy="Young people are paid for their time, like everyone else.",
    )
    response = client.post(URL, data, follow=True)
    assert response.redirect_chain == [(URL, 302)]
    assert "Settings saved." in response.content.decode()
    project = Project.objects.get(pk=cast.project.pk)
    assert project.slug == "care-leavers"
    assert project.title == "Redesigning Support for Care Leavers"
    assert project.area == "Argyll and Bute"
    assert (project.starts_on, project.ends_on) == (
        datetime.date(2015, 9, 1),
        datetime.date(2017, 3, 31),
    )
    assert project.is_public
    assert project.payment_policy.startswith("Young people are paid")
    assert client.get("/projects/care-leavers/").status_code == 200


def test_it_accepts_british_dates_typed_by_hand(cast, client_as):
    data = form_data(cast.project, starts_on="01/09/2015", ends_on="31/03/2017")
    client_as("lead").post(URL, data)
    cast.project.refresh_from_db()
    assert cast.project.ends_on == datetime.date(2017, 3, 31)


def test_it_can_make_a_public_project_private_again(cast, client_as):
    cast.project.is_public = True
    cast.project.save()
    data = form_data(cast.project)
    del data["is_public"]
    client_as("lead").post(URL, data)
    cast.project.refresh_from_db()
    assert not cast.project.is_public


def test_it_refuses_an_end_before_the_start(cast, client_as):
    data = form_data(cast.project, starts_on="2016-05-10", ends_on="2016-05-09", aim="Kept")
    response = client_as("lead").post(URL, data)
    assert response.status_code == 200
    body = response.content.decode()
    assert "The end date must be on or after the start date (10 May 2016)." in body
    assert "Kept" in body
    cast.project.refresh_from_db()
    assert (cast.project.starts_on, cast.project.aim) == (None, "")


def test_it_refuses_a_date_that_is_not_a_date(cast, client_as):
    response = client_as("lead").post(URL, form_data(cast.project, starts_on="next week"))
    assert "Enter the start date as a date" in response.content.decode()


def test_it_refuses_an_empty_name_and_keeps_the_old_one(cast, client_as):
    response = client_as("lead").post(URL, form_data(cast.project, title="  "))
    assert response.status_code == 200
    body = response.content.decode()
    assert "Give the project a name of at least 3 letters." in body
    assert f'<a href="{cast.project.get_absolute_url()}">{cast.project.title}</a>' in body
    cast.project.refresh_from_db()
    assert cast.project.title == "Support for care leavers"


def test_it_does_not_overwrite_changes_saved_meanwhile(cast, client_as):
    client = client_as("lead")
    seen = form_data(cast.project)
    Project.objects.filter(pk=cast.project.pk).update(aim="Written by another lead")
    response = client.post(URL, {**seen, "summary": "My new summary"})
    assert response.status_code == 200
    body = response.content.decode()
    assert "Someone else saved changes to these settings while you were editing" in body
    assert "My new summary" in body
    cast.project.refresh_from_db()
    assert cast.project.aim == "Written by another lead"
    assert cast.project.summary == "Designing support together."

    # Saving again, having seen the warning, goes through.
    fresh = response.context["form"]["fingerprint"].value()
    client.post(URL, {**seen, "summary": "My new summary", "fingerprint": fresh})
    cast.project.refresh_from_db()
    assert cast.project.summary == "My new summary"


def test_the_overview_links_to_settings_for_leads_only(cast, client_as):
    assert URL in client_as("lead").get("/projects/care-leavers/").content.decode()


@pytest.mark.parametrize("who", [r for r in MEMBER_ROLES if r != "lead"])
def test_the_overview_has_no_settings_link_for_others(cast, client_as, who):
    assert URL not in client_as(who).get("/projects/care-leavers/").content.decode()


@pytest.mark.parametrize("who", [r for r in MEMBER_ROLES if r != "lead"])
def test_other_members_get_403(cast, client_as, who):
    client = client_as(who)
    assert client.get(URL).status_code == 403
    assert client.post(URL, form_data(cast.project, title="Taken over")).status_code == 403
    cast.project.refresh_from_db()
    assert cast.project.title == "Support for care leavers"


def test_outsiders_get_404(cast, client_as):
    client = client_as("outsider")
    assert client.get(URL).status_code == 404
    assert client.post(URL, form_data(cast.project, title="Taken over")).status_code == 404


def test_visitors_are_sent_to_sign_in(cast, client):
    response = client.get(URL)
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/?next=")
    client.post(URL, form_data(cast.project, title="Taken over"))
    cast.project.refresh_from_db()
    assert cast.project.title == "Support for care leavers"
