"""Every payments page, opened by every role: members see their own payments, only the project
lead runs the rate card, the queue and the export, and a claim is seen by its person and leads."""

import pytest

from tests.conftest import EVERYONE
from tests.factories import ParticipantFactory
from tests.sessions.payments import add_rate, came_to, make_claim

LEAD = {"lead"}
MEMBERS = {"lead", "local_lead", "facilitator", "young_person", "staff", "manager"}
CLAIMANT_AND_LEAD = {"lead", "young_person"}

PAGES = [
    ("payments/", MEMBERS),
    ("payments/letter/", MEMBERS),
    ("payments/rates/", LEAD),
    ("payments/terms/", LEAD),
    ("payments/queue/", LEAD),
    ("payments/finance/", LEAD),
    ("payments/sessions/{offline_session}/people/{offline}/claim/", LEAD),
    ("payments/claims/{claim}/", CLAIMANT_AND_LEAD),
    ("payments/claims/{claim}/edit/", CLAIMANT_AND_LEAD),
    ("payments/claims/{claim}/decide/", LEAD),
    ("payments/claims/{approved}/pay/", LEAD),
]


@pytest.fixture
def objects(cast):
    add_rate(cast.project, roles=["young_person", "staff"])
    claim = make_claim(cast.participants["young_person"])
    approved = make_claim(cast.participants["young_person"])
    approved.status = "approved"
    approved.save()
    offline = ParticipantFactory(project=cast.project, user=None, role="young_person")
    return {
        "claim": claim.pk,
        "approved": approved.pk,
        "offline": offline.pk,
        "offline_session": came_to(offline).pk,
    }


@pytest.mark.parametrize("who", EVERYONE)
@pytest.mark.parametrize("page, allowed", PAGES)
def test_each_payments_page_answers_each_role(cast, client_as, objects, who, page, allowed):
    response = client_as(who).get(f"/projects/{cast.project.slug}/" + page.format(**objects))
    if who == "anonymous":
        assert response.status_code == 302 and "/accounts/login/" in response.url
    elif who == "outsider":
        assert response.status_code == 404
    elif who in allowed:
        assert response.status_code == 200
    else:
        assert response.status_code == 403


PAID = {"young_person", "staff"}


@pytest.mark.parametrize("who", EVERYONE)
def test_only_the_roles_the_rate_card_pays_open_the_claim_page(cast, client_as, who):
    add_rate(cast.project, roles=sorted(PAID))
    session = came_to(cast.participants["young_person"])
    if who in MEMBERS:
        session = came_to(cast.participants[who], session)
    url = f"/projects/{cast.project.slug}/payments/sessions/{session.pk}/claim/"
    response = client_as(who).get(url)
    if who == "anonymous":
        assert response.status_code == 302 and "/accounts/login/" in response.url
    elif who == "outsider":
        assert response.status_code == 404
    else:
        assert response.status_code == (200 if who in PAID else 403)


@pytest.mark.parametrize("who", ["lead", "manager"])
def test_a_role_the_rate_card_does_not_pay_cannot_send_a_claim(cast, client_as, who):
    add_rate(cast.project, roles=sorted(PAID))
    session = came_to(cast.participants[who])
    url = f"/projects/{cast.project.slug}/payments/sessions/{session.pk}/claim/"
    response = client_as(who).post(url, {"minutes": "120", "route": "bank"})
    assert response.status_code == 403
    assert not cast.participants[who].claims.exists()


@pytest.mark.parametrize("who", sorted(MEMBERS))
def test_the_payments_page_links_to_claims_only_for_roles_the_rate_card_pays(cast, client_as, who):
    add_rate(cast.project, roles=sorted(PAID))
    session = came_to(cast.participants[who])
    body = client_as(who).get(f"/projects/{cast.project.slug}/payments/").content.decode()
    link = f"/payments/sessions/{session.pk}/claim/"
    assert (link in body) is (who in PAID)
    assert ("it does not pay yours" in body) is (who not in PAID)


def test_leads_type_in_claims_only_for_offline_people_in_a_paid_role(cast, client_as):
    add_rate(cast.project, roles=["young_person"])
    paid = ParticipantFactory(project=cast.project, user=None, role="young_person")
    unpaid = ParticipantFactory(project=cast.project, user=None, role="manager")
    session = came_to(unpaid, came_to(paid))
    client = client_as("lead")
    queue = client.get(f"/projects/{cast.project.slug}/payments/queue/").content.decode()
    base = f"/projects/{cast.project.slug}/payments/sessions/{session.pk}/people/"
    assert f"{base}{paid.pk}/claim/" in queue and f"{base}{unpaid.pk}/claim/" not in queue
    assert client.get(f"{base}{paid.pk}/claim/").status_code == 200
    assert client.get(f"{base}{unpaid.pk}/claim/").status_code == 403


def test_the_payments_page_shows_the_policy_and_only_my_claims(cast, client_as):
    cast.project.payment_policy = "We pay £15 an hour for your time."
    cast.project.save()
    add_rate(cast.project, roles=["young_person", "staff"])
    make_claim(cast.participants["staff"])
    page = client_as("young_person").get(f"/projects/{cast.project.slug}/payments/")
    assert "We pay £15 an hour for your time." in page.content.decode()
    assert list(page.context["claims"]) == []


@pytest.mark.parametrize("count", [3, 50])
def test_my_claims_cost_the_same_queries_at_3_and_50(
    cast, client_as, count, django_assert_max_num_queries
):
    add_rate(cast.project)
    young = cast.participants["young_person"]
    for _ in range(count):
        make_claim(young)
    client = client_as("young_person")
    with django_assert_max_num_queries(14):
        response = client.get(f"/projects/{cast.project.slug}/payments/")
    assert len(response.context["claims"]) == min(count, 25)
