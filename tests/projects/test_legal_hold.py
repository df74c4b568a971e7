"""A legal hold on a project, placed and lifted by its lead from the privacy page, and by site
administrators in the admin; every change is in the audit trail."""

import pytest

from projects.models import AuditEntry, LegalHold
from tests.factories import ProjectFactory, UserFactory

PLACE = "/projects/care-leavers/privacy/hold/"


def lift_url(hold):
    return f"/projects/{hold.project.slug}/privacy/hold/{hold.pk}/lift/"


def test_the_lead_places_a_hold(cast, client_as):
    response = client_as("lead").post(PLACE, {"reason": "  A complaint is being looked into. "})
    assert response.status_code == 302
    hold = LegalHold.objects.get()
    assert (hold.project, hold.placed_by, hold.reason) == (
        cast.project,
        cast.lead,
        "A complaint is being looked into.",
    )
    assert AuditEntry.objects.filter(action="legal_hold_place", project=cast.project).exists()
    page = client_as("lead").get("/projects/care-leavers/privacy/").content.decode()
    assert "Nothing of this project is removed while a hold is in force" in page


@pytest.mark.parametrize("reason", ["", "   "])
def test_a_hold_needs_a_reason(client_as, reason):
    response = client_as("lead").post(PLACE, {"reason": reason})
    assert response.status_code == 422
    assert "There is a problem" in response.content.decode()
    assert "Say why the records must be kept." in response.content.decode()
    assert not LegalHold.objects.exists()


def test_placing_sends_anonymous_people_to_sign_in(client_as):
    response = client_as("anonymous").post(PLACE, {"reason": "Why"})
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]
    assert not LegalHold.objects.exists()


def test_placing_hides_the_project_from_outsiders(client_as):
    assert client_as("outsider").post(PLACE, {"reason": "Why"}).status_code == 404
    assert not LegalHold.objects.exists()


@pytest.mark.parametrize("who", ["local_lead", "facilitator", "young_person", "staff", "manager"])
def test_only_a_lead_places_a_hold(client_as, who):
    assert client_as(who).post(PLACE, {"reason": "Why"}).status_code == 403
    assert not LegalHold.objects.exists()


def test_placing_takes_only_post(client_as):
    assert client_as("lead").get(PLACE).status_code == 405


@pytest.fixture
def hold(cast):
    return LegalHold.objects.create(project=cast.project, reason="An audit.", placed_by=cast.lead)


def test_the_lead_lifts_a_hold_once(cast, client_as, hold):
    client = client_as("lead")
    assert client.post(lift_url(hold)).status_code == 302
    assert client.post(lift_url(hold)).status_code == 302
    hold.refresh_from_db()
    assert hold.lifted_by == cast.lead and hold.lifted_at is not None
    assert AuditEntry.objects.filter(action="legal_hold_lift").count() == 1


def test_a_hold_of_another_project_is_not_found(client_as):
    other = LegalHold.objects.create(project=ProjectFactory(), reason="Elsewhere.")
    url = f"/projects/care-leavers/privacy/hold/{other.pk}/lift/"
    assert client_as("lead").post(url).status_code == 404
    other.refresh_from_db()
    assert other.lifted_at is None


@pytest.mark.parametrize(
    ("who", "status"),
    [("anonymous", 302), ("outsider", 404), ("facilitator", 403), ("young_person", 403)],
)
def test_lifting_is_for_the_lead(client_as, hold, who, status):
    assert client_as(who).post(lift_url(hold)).status_code == status
    hold.refresh_from_db()
    assert hold.lifted_at is None


def test_lifting_takes_only_post(client_as, hold):
    assert client_as("lead").get(lift_url(hold)).status_code == 405


def test_site_staff_place_and_lift_holds_in_the_admin(client, db):
    admin = UserFactory(is_staff=True, is_superuser=True)
    person = UserFactory()
    client.force_login(admin)
    response = client.post(
        "/admin/projects/legalhold/add/", {"person": person.pk, "reason": "A court case."}
    )
    assert response.status_code == 302
    hold = LegalHold.objects.get(person=person)
    assert hold.placed_by == admin
    response = client.post(
        "/admin/projects/legalhold/",
        {"action": "lift", "_selected_action": [hold.pk]},
    )
    assert response.status_code == 302
    hold.refresh_from_db()
    assert hold.lifted_by == admin
    actions = set(AuditEntry.objects.values_list("action", flat=True))
    assert {"legal_hold_place", "legal_hold_lift"} <= actions


def test_the_admin_refuses_a_hold_on_both_or_neither(client, cast):
    admin = UserFactory(is_staff=True, is_superuser=True)
    client.force_login(admin)
    both = {"person": cast.lead.pk, "project": cast.project.pk, "reason": "Why"}
    assert client.post("/admin/projects/legalhold/add/", both).status_code == 200
    assert client.post("/admin/projects/legalhold/add/", {"reason": "Why"}).status_code == 200
    assert not LegalHold.objects.exists()
