"""/organisations/<slug>/records/: an organisation's leads set how long each kind of record is
kept in the projects it leads, within what the law allows, and can go back to the usual
period; each change is audited and shows at once on the projects' privacy pages."""

import pytest

from projects.models import AuditEntry, Organisation, Partner, RetentionOverride
from projects.registries.retention import retention
from projects.retention.services.periods import retention_period_set
from tests.codesign.test_kept_pages import fetch
from tests.codesign.test_signed_in_cache import shared  # noqa: F401 (a fixture)
from tests.factories import OrganisationMemberFactory
from tests.helpers import assert_query_budget

LIST = "/organisations/argyll-council/records/"
SUPPORT = f"{LIST}support_needs/"
CLAIMS = f"{LIST}claims/"


@pytest.fixture
def council(cast):
    """Leads the cast's project; the cast's lead leads it and its frontline staff member is one
    of its people."""
    council = Organisation.objects.create(name="Argyll Council")
    assert council.slug == "argyll-council"
    Partner.objects.create(project=cast.project, organisation=council, roles=["lead"])
    OrganisationMemberFactory(organisation=council, user=cast.lead, is_lead=True)
    OrganisationMemberFactory(organisation=council, user=cast.staff, is_lead=False)
    return council


def periods():
    return list(RetentionOverride.objects.values_list("record_key", "months", "reason"))


def test_the_lead_sees_every_kind_of_record_a_project_keeps(council, client_as):
    response = client_as("lead").get(LIST)
    assert response.status_code == 200
    page = response.content.decode()
    assert "Argyll Council: how long records are kept" in page
    for record_type in retention.all():
        assert record_type.name.replace("'", "&#x27;") in page
        if record_type.per_project:
            assert f"{LIST}{record_type.key}/" in page
        else:
            assert f"{LIST}{record_type.key}/" not in page
    assert "the law asks for at least 72 months" in page


def test_the_lead_keeps_support_needs_longer_and_it_is_audited(cast, council, client_as):
    client = client_as("lead")
    assert 'value="6"' in client.get(SUPPORT).content.decode()
    response = client.post(SUPPORT, {"months": "18", "reason": "  Our   funder asks. "})
    assert response.status_code == 302 and response["Location"] == LIST
    assert periods() == [("support_needs", 18, "Our funder asks.")]
    entry = AuditEntry.objects.get(action="retention_period_set")
    assert (entry.actor, entry.detail) == (cast.lead, {"record": "support_needs", "months": 18})
    page = client.get(LIST).content.decode()
    assert "support needs: kept for 18 months after the project ends" in page.lower()
    assert "<strong>18 months</strong>: Our funder asks." in page


def test_sending_the_form_twice_leaves_one_period(council, client_as):
    client = client_as("lead")
    for _ in range(2):
        client.post(SUPPORT, {"months": "18", "reason": "Our funder asks."})
    client.post(SUPPORT, {"months": "24", "reason": "Changed our policy."})
    assert periods() == [("support_needs", 24, "Changed our policy.")]


def test_going_back_to_the_usual_period(council, client_as):
    client = client_as("lead")
    client.post(SUPPORT, {"months": "18", "reason": "Our funder asks."})
    assert "Go back to the usual period (6 months)" in client.get(SUPPORT).content.decode()
    response = client.post(f"{SUPPORT}usual/")
    assert response.status_code == 302 and periods() == []
    assert client.post(f"{SUPPORT}usual/").status_code == 302, "again changes nothing"
    assert AuditEntry.objects.filter(action="retention_period_usual").count() == 1


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"months": "", "reason": "Policy."}, "Say how many months to keep it for."),
        ({"months": "two years", "reason": "Policy."}, "Type a whole number of months, like 24."),
        ({"months": "0", "reason": "Policy."}, "Keep it for at least one month."),
        ({"months": "5000", "reason": "Policy."}, "Choose 1,200 months (100 years) or fewer."),
        ({"months": "12", "reason": "   "}, "Say why your organisation keeps it for this long."),
    ],
)
def test_bad_input_is_refused_in_plain_words_and_nothing_changes(council, client_as, data, message):
    response = client_as("lead").post(SUPPORT, data)
    assert response.status_code == 422
    assert message in response.content.decode()
    assert periods() == [] and not AuditEntry.objects.exists()


def test_finance_records_never_go_below_the_legal_floor(council, client_as):
    client = client_as("lead")
    response = client.post(CLAIMS, {"months": "60", "reason": "Space."})
    assert response.status_code == 422
    assert "at least 6 years: choose 72 months or more" in response.content.decode()
    assert periods() == []
    assert client.post(CLAIMS, {"months": "120", "reason": "Funder."}).status_code == 302
    assert periods() == [("claims", 120, "Funder.")]


@pytest.mark.parametrize("key", ["accounts", "session_safety_info", "no_such_thing"])
def test_records_kept_the_same_everywhere_cannot_be_changed(council, client_as, key):
    client = client_as("lead")
    assert client.get(f"{LIST}{key}/").status_code == 404
    assert client.post(f"{LIST}{key}/", {"months": "1", "reason": "Short."}).status_code == 404
    assert client.post(f"{LIST}{key}/usual/").status_code == 404
    assert periods() == []


@pytest.mark.parametrize("url", [LIST, SUPPORT, f"{SUPPORT}usual/"])
def test_anonymous_visitors_are_sent_to_sign_in(council, client_as, url):
    client = client_as("anonymous")
    response = client.post(url) if url.endswith("usual/") else client.get(url)
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


@pytest.mark.parametrize("who", ["outsider", "young_person", "facilitator", "manager"])
def test_people_outside_the_organisation_never_learn_the_pages_are_there(council, client_as, who):
    client = client_as(who)
    assert client.get(LIST).status_code == 404
    assert client.post(SUPPORT, {"months": "1", "reason": "Short."}).status_code == 404
    assert client.post(f"{SUPPORT}usual/").status_code == 404
    assert periods() == []


def test_the_organisations_other_people_are_told_they_may_not(council, client_as):
    client = client_as("staff")
    assert client.get(LIST).status_code == 403
    assert client.post(SUPPORT, {"months": "1", "reason": "Short."}).status_code == 403
    assert client.post(f"{SUPPORT}usual/").status_code == 403
    assert periods() == []


def test_a_lead_of_another_organisation_may_not(council, client):
    other = OrganisationMemberFactory(is_lead=True)
    client.force_login(other.user)
    assert client.get(LIST).status_code == 404
    assert client.post(SUPPORT, {"months": "1", "reason": "Short."}).status_code == 404


@pytest.mark.parametrize(
    ("method", "url"), [("post", LIST), ("put", SUPPORT), ("get", f"{SUPPORT}usual/")]
)
def test_wrong_methods_are_refused(council, client_as, method, url):
    assert getattr(client_as("lead"), method)(url).status_code == 405


def test_the_list_asks_the_same_queries_with_one_period_and_with_every_one(cast, council, client):
    client.force_login(cast.lead)
    changeable = [record_type for record_type in retention.all() if record_type.per_project]

    def grow(size):
        for record_type in changeable[:size]:
            retention_period_set(
                organisation=council,
                record_key=record_type.key,
                months=max(record_type.months, record_type.floor_months or 0),
                reason="Our policy.",
                by=cast.lead,
            )

    assert_query_budget(
        fetch=lambda: client.get(LIST), grow=grow, budget=8, sizes=(1, len(changeable))
    )


def test_the_privacy_page_shows_a_change_at_once_even_when_kept(cast, council, client, shared):  # noqa: F811
    client.force_login(cast.lead)
    privacy = "/projects/care-leavers/privacy/"
    client.get(privacy)  # the form-token cookie, as a browser holds it after its first page
    client.get(privacy)  # made, and kept
    page, queries = fetch(client, privacy)
    assert queries <= 1, "read back whole"
    assert "change how long its projects keep each kind of record" in page
    assert "18 months after the project ends" not in page
    client.post(SUPPORT, {"months": "18", "reason": "Our funder asks."})
    assert "kept for 18 months" in client.get(LIST).content.decode(), "the message, shown"
    page, queries = fetch(client, privacy)
    assert queries > 1, "made afresh, not read back"
    assert "18 months after the project ends (your organisation's period" in page


def test_the_lead_finds_the_page_from_my_page(council, client_as):
    assert LIST in client_as("lead").get("/me/").content.decode()
    assert LIST not in client_as("staff").get("/me/").content.decode()
