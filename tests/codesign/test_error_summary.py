"""Every form page, submitted empty, shows the one error summary and says "Error:" in its title.

Each error in the summary links to an element that exists on the page, so following the link
lands on the field.
"""

import re

import pytest
from django.urls import reverse

from tests.factories import ParticipantFactory, PartnerFactory

SLUG = "care-leavers"

# (who submits, url name, url kwargs)
FORM_PAGES = [
    ("lead", "projects:new", {}),
    ("lead", "projects:edit", {"slug": SLUG}),
    ("lead", "projects:update_new", {"slug": SLUG}),
    ("lead", "projects:resource_new", {"slug": SLUG}),
    ("lead", "projects:decision_new", {"slug": SLUG}),
    ("lead", "projects:glossary_new", {"slug": SLUG}),
    ("lead", "projects:partner_add", {"slug": SLUG}),
    ("lead", "projects:contribution_add", {"slug": SLUG}),
    ("lead", "projects:spend_add", {"slug": SLUG}),
    ("lead", "participants:invite", {"slug": SLUG}),
    ("lead", "participants:add_offline", {"slug": SLUG}),
    ("young_person", "needs:consent", {"slug": SLUG}),
    ("young_person", "needs:welcome", {"slug": SLUG}),
    ("lead", "needs:consent_paper", {"slug": SLUG, "participant_id": "offline"}),
    ("young_person", "me:home", {}),
    ("young_person", "me:delete", {}),
    ("anonymous", "join", {}),
    ("anonymous", "account_login", {}),
    ("anonymous", "account_signup", {}),
]


def _url(cast, name, kwargs):
    kwargs = dict(kwargs)
    if "participant_id" in kwargs:
        offline = ParticipantFactory(project=cast.project, user=None, display_name="Kirsty")
        kwargs["participant_id"] = offline.pk
    return reverse(name, kwargs=kwargs)


@pytest.mark.parametrize(("who", "name", "kwargs"), FORM_PAGES, ids=[p[1] for p in FORM_PAGES])
def test_an_empty_form_shows_the_error_summary(client_as, cast, who, name, kwargs):
    PartnerFactory(project=cast.project)  # funding forms are shown once there is a partner
    response = client_as(who).post(_url(cast, name, kwargs), {})
    body = response.content.decode()
    assert response.status_code in (200, 400), response.status_code
    assert body.count("data-error-summary") == 1
    assert "There is a problem" in body
    assert re.search(r"<title>Error: ", body)
    summary = body[
        body.index("data-error-summary") : body.index("</ul>", body.index("data-error-summary"))
    ]
    for target in re.findall(r'href="#([^"]+)"', summary):
        assert f'id="{target}"' in body, f"{target} is not on the page"


def test_a_page_without_errors_has_no_summary_and_a_plain_title(client_as):
    body = client_as("lead").get(reverse("projects:new")).content.decode()
    assert "data-error-summary" not in body
    assert "<title>Error: " not in body


def test_a_role_change_with_errors_shows_the_summary_for_that_form(client_as, cast):
    person = cast.participants["staff"]
    url = reverse("participants:person_role", kwargs={"slug": SLUG, "pk": person.pk})
    body = client_as("lead").post(url, {"role": "not-a-role"}).content.decode()
    assert "There is a problem" in body
    assert "<title>Error: " in body


def test_the_script_that_focuses_the_summary_is_a_static_file(client_as):
    body = client_as("anonymous").post(reverse("join"), {}).content.decode()
    assert "js/error-summary.js" in body
    assert "onload=" not in body
    assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>", body), "no inline script"
