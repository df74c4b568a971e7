from projects.models import AuditEntry, Decision
from sessions.models import Prototype, PrototypeDecision
from tests.sessions.prototype_helpers import make_prototype, url


def test_the_lead_records_the_decision_to_adopt_in_the_decision_log(cast, client_as):
    prototype = make_prototype(cast)
    response = client_as("lead").post(
        url(prototype, "decision/"),
        {
            "result": "adopt",
            "reason": "Young people rated it highest in testing.",
            "took_part": ["young_people", "staff", "managers"],
            "young_people_voted": "on",
        },
    )
    assert response.status_code == 302
    decision = Decision.objects.get()
    assert decision.project == cast.project and decision.what == "Friends' pack: adopt it"
    assert decision.decided_by == Decision.Group.EVERYONE and decision.young_people_voted
    assert decision.result == "Young people rated it highest in testing."
    assert decision.recorded_by == cast.lead
    made = PrototypeDecision.objects.get()
    assert made.took_part == "Young people, Frontline staff, Managers"
    prototype.refresh_from_db()
    assert prototype.status == Prototype.Status.ADOPTED
    assert AuditEntry.objects.filter(action="prototype_decide").exists()
    log = client_as("staff").get(f"/projects/{cast.project.slug}/decisions/").content.decode()
    assert "Friends&#x27; pack: adopt it" in log or "Friends' pack: adopt it" in log


def test_change_and_test_again_makes_it_a_prototype_and_drop_drops_it(cast, client_as):
    prototype = make_prototype(cast)
    client = client_as("facilitator")
    client.post(
        url(prototype, "decision/"),
        {"result": "change", "reason": "Too long", "took_part": ["young_people"]},
    )
    prototype.refresh_from_db()
    assert prototype.status == Prototype.Status.PROTOTYPE
    assert Decision.objects.get().decided_by == Decision.Group.YOUNG_PEOPLE
    client.post(
        url(prototype, "decision/"),
        {"result": "drop", "reason": "Nobody used it", "took_part": ["staff"]},
    )
    prototype.refresh_from_db()
    assert prototype.status == Prototype.Status.DROPPED


def test_a_decision_needs_a_result_a_reason_and_who_took_part(cast, client_as):
    prototype = make_prototype(cast)
    page = client_as("lead").post(url(prototype, "decision/"), {}).content.decode()
    for message in ["Choose what was decided.", "Say why", "Choose who took part in deciding."]:
        assert message in page
    assert not Decision.objects.exists()


def test_only_leads_and_facilitators_decide(cast, client_as):
    prototype = make_prototype(cast)
    for who in ["young_person", "staff", "manager", "local_lead"]:
        response = client_as(who).post(
            url(prototype, "decision/"), {"result": "adopt", "reason": "x", "took_part": ["staff"]}
        )
        assert response.status_code == 403
    assert not Decision.objects.exists()
