import re

import pytest

from projects.models import Project

URL = "/projects/care-leavers/people/settings/"
NEW_LINK = "/projects/care-leavers/people/settings/new-link/"


def project():
    return Project.objects.get(slug="care-leavers")


def test_a_lead_turns_on_the_join_link_and_sees_it(cast, client_as, settings):
    settings.SITE_URL = "https://codesign.example.org"
    response = client_as("lead").post(
        URL,
        {
            "open_join_enabled": "on",
            "open_join_roles": ["young_person", "manager"],
            "open_join_needs_approval": "on",
            "local_lead_roles": ["young_person", "staff", "facilitator"],
        },
        follow=True,
    )
    p = project()
    assert p.open_join_enabled and p.open_join_needs_approval
    assert p.open_join_roles == ["young_person", "manager"]
    assert p.local_lead_roles == ["facilitator", "young_person", "staff"]
    assert len(p.open_join_code) == 12
    body = response.content.decode()
    assert "Joining settings saved." in body
    grouped = "-".join(p.open_join_code[i : i + 4] for i in range(0, 12, 4))
    assert f"https://codesign.example.org/join/{grouped}/" in body


def test_the_lead_s_choice_decides_what_local_leads_may_invite(cast, client_as):
    client_as("lead").post(URL, {"local_lead_roles": ["manager"]})
    body = client_as("local_lead").get("/projects/care-leavers/people/invite/").content.decode()
    assert 'value="manager"' in body and 'value="young_person"' not in body


def test_the_form_shows_the_default_roles_for_local_leads(cast, client_as):
    body = client_as("lead").get(URL).content.decode()
    checked = set(re.findall(r'name="local_lead_roles" value="(\w+)"[^>]*checked', body))
    assert checked == {"young_person", "staff"}


def test_turning_the_link_on_needs_a_role(cast, client_as):
    response = client_as("lead").post(
        URL, {"open_join_enabled": "on", "local_lead_roles": ["young_person"]}
    )
    assert response.status_code == 200
    assert "Choose at least one way people can take part when they use the link." in (
        response.content.decode()
    )
    assert not project().open_join_enabled


def test_local_leads_need_at_least_one_role(cast, client_as):
    response = client_as("lead").post(URL, {"local_lead_roles": []})
    assert "Choose at least one role local leads can invite people as." in response.content.decode()


def test_leads_and_facilitators_are_never_offered_on_the_open_link(cast, client_as):
    body = client_as("lead").get(URL).content.decode()
    section = body[body.index("People who use the link") : body.index("A lead says yes before")]
    assert 'value="facilitator"' not in section and 'value="lead"' not in section
    client_as("lead").post(
        URL,
        {
            "open_join_enabled": "on",
            "open_join_roles": ["facilitator"],
            "local_lead_roles": ["staff"],
        },
    )
    assert not project().open_join_enabled


def test_a_new_link_replaces_the_old_one(cast, client_as):
    client = client_as("lead")
    client.post(
        URL,
        {"open_join_enabled": "on", "open_join_roles": ["staff"], "local_lead_roles": ["staff"]},
    )
    old = project().open_join_code
    response = client.post(NEW_LINK, follow=True)
    assert "The old one no longer works." in response.content.decode()
    assert project().open_join_code not in ("", old)


def test_a_new_link_needs_the_link_turned_on(cast, client_as):
    response = client_as("lead").post(NEW_LINK, follow=True)
    assert "Turn the join link on first." in response.content.decode()
    assert project().open_join_code == ""


@pytest.mark.parametrize("who", ["local_lead", "facilitator", "young_person", "staff", "manager"])
def test_only_leads_change_joining_settings(cast, client_as, who):
    client = client_as(who)
    assert client.get(URL).status_code == 403
    data = {"open_join_enabled": "on", "open_join_roles": ["staff"], "local_lead_roles": ["staff"]}
    assert client.post(URL, data).status_code == 403
    assert client.post(NEW_LINK).status_code == 403
    assert not project().open_join_enabled
