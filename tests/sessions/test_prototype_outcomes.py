"""Ideas behind outcomes: linking them on the outcome form, recording an outcome from an adopted
idea, telling the people who shaped it, and the evidence and certificates built on the link."""

import pytest
from django.core import mail

from projects.forms.outcomes import OutcomeForm
from projects.models import Outcome
from projects.registries.outcome_news import news
from projects.roles import MemberStatus, Role
from projects.services.outcomes import outcome_update
from sessions.evidence.selectors.certificate import certificate_for
from sessions.models import Comment, Feedback, Prototype
from sessions.prototypes.selectors.outcomes import adopted_ideas_by_role
from sessions.prototypes.services.pitches import pitch_set_up
from sessions.prototypes.services.prototypes import prototype_decide
from tests.factories import ParticipantFactory, ProjectFactory
from tests.helpers import assert_query_budget
from tests.projects.outcome_data import STORY, add_outcome, agree
from tests.sessions.conftest import make_session
from tests.sessions.prototype_helpers import comment, make_prototype, open_round, url


def adopt(cast, prototype, reason="Young people rated it highest."):
    prototype_decide(
        prototype=prototype,
        by=cast.lead,
        result="adopt",
        reason=reason,
        took_part=["young_people", "staff"],
        young_people_voted=True,
    )
    prototype.refresh_from_db()
    return prototype


def emails(outcome):
    return sorted(user.email for user in news.contributors(outcome))


# Linking ideas on the outcome form and through the services


def test_the_outcome_form_offers_adopted_and_tested_ideas_only(cast):
    adopted = adopt(cast, make_prototype(cast, title="Pack"))
    testing = make_prototype(cast, title="Map")
    Prototype.objects.filter(pk=testing.pk).update(status=Prototype.Status.TESTING)
    make_prototype(cast, title="Just an idea")
    other = ProjectFactory()
    Prototype.objects.create(project=other, title="Elsewhere", status="adopted")
    field = OutcomeForm(project=cast.project).fields["prototypes"]
    assert sorted(p.title for p in field.queryset) == sorted([adopted.title, testing.title])


def test_a_project_with_no_idea_to_choose_has_no_ideas_field(cast):
    make_prototype(cast, title="Just an idea")
    assert "prototypes" not in OutcomeForm(project=cast.project).fields


def test_recording_with_ideas_links_them_and_changing_moves_them(cast):
    pack = adopt(cast, make_prototype(cast, title="Pack"))
    map_idea = adopt(cast, make_prototype(cast, title="Map"))
    first = add_outcome(cast.project, cast.lead, prototypes=[pack])
    second = add_outcome(cast.project, cast.lead, title="Second", prototypes=[map_idea])
    assert list(first.prototypes.all()) == [pack]
    # Choosing the pack for the second outcome takes it off the first.
    outcome_update(outcome=second, by=cast.lead, **(STORY | {"prototypes": [pack, map_idea]}))
    assert not first.prototypes.exists()
    assert sorted(p.title for p in second.prototypes.all()) == ["Map", "Pack"]
    # Leaving the ideas out of a change keeps them; an empty choice clears them.
    outcome_update(outcome=second, by=cast.lead, **STORY)
    assert second.prototypes.count() == 2
    outcome_update(outcome=second, by=cast.lead, **(STORY | {"prototypes": []}))
    assert not second.prototypes.exists()


def test_an_idea_from_another_project_is_never_linked(cast):
    other = Prototype.objects.create(project=ProjectFactory(), title="Elsewhere", status="adopted")
    outcome = add_outcome(cast.project, cast.lead, prototypes=[other])
    other.refresh_from_db()
    assert other.outcome is None and not outcome.prototypes.exists()


def test_the_edit_page_shows_and_saves_the_ideas(cast, client_as):
    pack = adopt(cast, make_prototype(cast, title="Pack"))
    outcome = add_outcome(cast.project, cast.lead, prototypes=[pack])
    path = f"/projects/{cast.project.slug}/outcomes/{outcome.pk}/edit/"
    client = client_as("facilitator")
    page = client.get(path)
    assert page.context["form"]["prototypes"].value() == [pack.pk]
    assert 'name="prototypes"' in page.content.decode()
    data = STORY | {"prototypes": []}
    assert client.post(path, data).status_code == 302
    assert not outcome.prototypes.exists()


def test_the_outcome_page_says_which_ideas_it_came_from_and_who_suggested_them(cast, client_as):
    pack = adopt(cast, make_prototype(cast, title="Pack", by="young_person"))
    outcome = add_outcome(cast.project, cast.lead, prototypes=[pack])
    page = client_as("manager").get(f"/projects/{cast.project.slug}/outcomes/{outcome.pk}/")
    body = page.content.decode()
    assert f'href="{pack.get_absolute_url()}">Pack</a>' in body
    assert "Adopted; suggested by a young person" in body


def test_the_outcome_page_reads_the_ideas_in_a_flat_number_of_queries(cast, client_as):
    outcome = add_outcome(cast.project, cast.lead)
    client = client_as("manager")
    made = []

    def grow(n):
        while len(made) < n:
            idea = make_prototype(cast, title=f"Idea {len(made)}")
            Prototype.objects.filter(pk=idea.pk).update(outcome=outcome, status="adopted")
            made.append(idea)

    assert_query_budget(
        fetch=lambda: client.get(f"/projects/{cast.project.slug}/outcomes/{outcome.pk}/"),
        grow=grow,
        budget=25,
    )


# Recording the outcome an adopted idea led to


def outcome_new(prototype):
    return url(prototype, "outcome/new/")


def test_the_page_starts_from_what_the_records_say(cast, client_as):
    pack = adopt(cast, make_prototype(cast), reason="The council will give it out.")
    test_round = open_round(pack)
    for n, who in enumerate(["young_person", "staff"]):
        Feedback.objects.create(
            round=test_round, participant=cast.participants[who], role=who, useful=4 + n
        )
    page = client_as("lead").get(outcome_new(pack))
    assert page.status_code == 200
    form = page.context["form"]
    assert form["title"].value() == "Friends' pack adopted"
    assert form["kind"].value() == Outcome.Kind.RESOURCE_ADOPTED
    assert form["we_did"].value() == "The council will give it out."
    assert form["evidence"].value() == (
        "Tested in 1 round: 2 answers, rated 4.5 out of 5 for being useful on average."
    )
    assert form["decisions"].value() == [pack.decisions.get().decision.pk]
    assert form["prototypes"].value() == [pack.pk]
    assert "This outcome comes from" in page.content.decode()


def test_recording_it_links_the_idea_and_shows_on_the_idea_page(cast, client_as):
    pack = adopt(cast, make_prototype(cast))
    client = client_as("facilitator")
    decision = pack.decisions.get().decision
    data = STORY | {"decisions": [decision.pk], "prototypes": [pack.pk]}
    response = client.post(outcome_new(pack), data)
    outcome = Outcome.objects.get()
    assert response.status_code == 302 and response["Location"].endswith(f"/{outcome.pk}/")
    assert list(outcome.prototypes.all()) == [pack] and list(outcome.decisions.all()) == [decision]
    idea_page = client.get(pack.get_absolute_url()).content.decode()
    assert "What it led to" in idea_page and "used in residential care</a>" in idea_page
    assert "Record the outcome it led to" not in idea_page


def test_bad_input_shows_the_form_again_and_records_nothing(cast, client_as):
    pack = adopt(cast, make_prototype(cast))
    response = client_as("lead").post(outcome_new(pack), STORY | {"title": "  ", "kind": "x"})
    assert response.status_code == 200
    body = response.content.decode()
    assert "There is a problem" in body and "Give the outcome a short title." in body
    assert not Outcome.objects.exists()


def test_an_idea_that_already_led_to_an_outcome_goes_to_it(cast, client_as):
    pack = adopt(cast, make_prototype(cast))
    outcome = add_outcome(cast.project, cast.lead, prototypes=[pack])
    for method in ("get", "post"):
        response = getattr(client_as("lead"), method)(outcome_new(pack), STORY)
        assert response.status_code == 302 and response["Location"].endswith(f"/{outcome.pk}/")
    assert Outcome.objects.count() == 1


def test_an_idea_not_yet_adopted_or_tested_is_refused_with_a_reason(cast, client_as):
    idea = make_prototype(cast)
    response = client_as("lead").post(outcome_new(idea), STORY, follow=True)
    assert "Record a decision on it first." in response.content.decode()
    assert not Outcome.objects.exists()


@pytest.mark.parametrize("role", [r.value for r in Role])
def test_only_leads_and_facilitators_record_outcomes_from_ideas(cast, client_as, role):
    pack = adopt(cast, make_prototype(cast))
    allowed = role in (Role.LEAD, Role.FACILITATOR)
    assert client_as(role).get(outcome_new(pack)).status_code == (200 if allowed else 403)
    assert client_as(role).post(outcome_new(pack), STORY).status_code == (302 if allowed else 403)
    assert Outcome.objects.count() == (1 if allowed else 0)
    idea_page = client_as(role).get(pack.get_absolute_url()).content.decode()
    assert ("Record the outcome it led to" in idea_page) == allowed


def test_outsiders_and_visitors_cannot_reach_it(cast, client_as):
    pack = adopt(cast, make_prototype(cast))
    assert client_as("outsider").get(outcome_new(pack)).status_code == 404
    client_as("outsider").logout()
    response = client_as("anonymous").get(outcome_new(pack))
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]
    assert client_as("lead").put(outcome_new(pack)).status_code == 405
    assert not Outcome.objects.exists()


# Telling the people who shaped the ideas


def test_the_people_who_shaped_the_ideas_are_told(cast):
    pack = adopt(cast, make_prototype(cast, by="young_person"))
    comment(cast, pack, "staff")
    comment(cast, pack, "manager", deleted_at=pack.created_at)
    outcome = add_outcome(cast.project, cast.facilitator, prototypes=[pack])
    assert emails(outcome) == sorted(
        [cast.young_person.email, cast.staff.email, cast.facilitator.email]
    )
    mail.outbox.clear()
    agree(outcome, cast.manager)
    told = sorted(address for message in mail.outbox for address in message.to)
    assert cast.young_person.email in told and cast.staff.email in told
    assert cast.manager.email not in told


def test_people_who_left_are_not_told(cast):
    pack = adopt(cast, make_prototype(cast, by="young_person"))
    young = cast.participants["young_person"]
    young.status = MemberStatus.LEFT
    young.save()
    outcome = add_outcome(cast.project, cast.facilitator, prototypes=[pack])
    assert emails(outcome) == [cast.facilitator.email]


# Evidence: who suggested the ideas that were adopted


def test_adopted_ideas_are_counted_by_the_role_of_who_suggested_them(cast, client_as):
    adopt(cast, make_prototype(cast, title="A", by="young_person"))
    adopt(cast, make_prototype(cast, title="B", by="young_person"))
    staff_idea = make_prototype(cast, title="C", by="staff")
    outcome = add_outcome(cast.project, cast.lead)
    Prototype.objects.filter(pk=staff_idea.pk).update(outcome=outcome, status="testing")
    make_prototype(cast, title="Not adopted", by="manager")
    Prototype.objects.create(project=cast.project, title="Offline", status="adopted")
    counts = adopted_ideas_by_role(cast.project)
    assert counts["total"] == 4 and counts["young_people"] == 2 and counts["unknown"] == 1
    assert dict(counts["by_role"])["Frontline staff"] == 1
    assert dict(counts["by_role"])["Manager"] == 0
    body = client_as("young_person").get(f"/projects/{cast.project.slug}/co-production/")
    text = body.content.decode()
    assert "Young people suggested 2 of the 4 ideas that were adopted" in text


def test_with_no_adopted_idea_the_evidence_says_so(cast, client_as):
    body = client_as("staff").get(f"/projects/{cast.project.slug}/co-production/")
    assert "has been adopted yet." in body.content.decode()


# The certificate names the ideas a person shaped and what they led to


def test_the_certificate_lists_ideas_and_the_agreed_outcomes_they_led_to(cast):
    young = cast.participants["young_person"]
    pack = adopt(cast, make_prototype(cast, title="Pack", by="young_person"))
    map_idea = adopt(cast, make_prototype(cast, title="Map", by="staff"))
    comment(cast, map_idea, "young_person")
    make_prototype(cast, title="Someone else's", by="staff")
    agree(add_outcome(cast.project, cast.lead, title="Pack in use", prototypes=[pack]), cast.staff)
    add_outcome(cast.project, cast.lead, title="Map, not agreed", prototypes=[map_idea])
    certificate = certificate_for(young)
    assert certificate.ideas == [("Pack", "Pack in use"), ("Map", "")]
    assert "Pitch panel member" not in [role.label for role in certificate.roles_held]


def test_a_judge_at_a_pitch_has_it_on_the_certificate(cast, client_as):
    idea = make_prototype(cast, by="staff")
    pitch_set_up(
        session=make_session(cast.project, kind="pitch"),
        by=cast.lead,
        ideas=[idea],
        judges=[cast.participants["young_person"]],
        criteria="Useful?",
    )

    def held(who):
        return [role.label for role in certificate_for(cast.participants[who]).roles_held]

    assert "Pitch panel member" in held("young_person")
    assert "Pitch panel member" not in held("staff")


def test_a_deleted_comment_does_not_count_as_shaping_an_idea(cast):
    idea = make_prototype(cast, by="staff")
    Comment.objects.create(
        prototype=idea,
        author=cast.participants["young_person"],
        body="x",
        deleted_at=idea.created_at,
    )
    assert certificate_for(cast.participants["young_person"]).ideas == []


def test_ideas_in_another_project_stay_off_the_certificate(cast):
    other = ParticipantFactory(project=ProjectFactory(), user=cast.young_person)
    make_prototype(cast, by="young_person")
    assert certificate_for(other).ideas == []
