"""Who hears about an outcome: the groups that suggested the decisions behind it, and whoever
recorded it, each once; people who left or partners without accounts are not told."""

from projects.models import Decision
from projects.registries.outcome_news import news
from projects.roles import MemberStatus
from tests.factories import ParticipantFactory, ProjectFactory
from tests.projects.outcome_data import add_outcome
from tests.projects.stage_data import add_decision


def emails(outcome):
    return sorted(user.email for user in news.contributors(outcome))


def test_the_groups_behind_the_decisions_and_the_recorder(cast):
    by_young = add_decision(cast.project, what="A", proposed_by=Decision.Group.YOUNG_PEOPLE)
    by_staff = add_decision(cast.project, what="B", proposed_by=Decision.Group.STAFF)
    outcome = add_outcome(cast.project, cast.facilitator, decisions=[by_young, by_staff])
    assert emails(outcome) == sorted(
        [cast.young_person.email, cast.staff.email, cast.facilitator.email]
    )


def test_everyone_together_means_every_member(cast):
    decision = add_decision(cast.project, proposed_by=Decision.Group.EVERYONE)
    outcome = add_outcome(cast.project, cast.lead, decisions=[decision])
    assert emails(outcome) == sorted(p.user.email for p in cast.participants.values())


def test_people_who_left_and_other_projects_are_not_told(cast):
    cast.participants["young_person"].status = MemberStatus.LEFT
    cast.participants["young_person"].save()
    ParticipantFactory(project=ProjectFactory(), role="young_person")
    decision = add_decision(cast.project, proposed_by=Decision.Group.YOUNG_PEOPLE)
    outcome = add_outcome(cast.project, cast.lead, decisions=[decision])
    assert emails(outcome) == [cast.lead.email]


def test_partners_proposing_tells_only_the_recorder(cast):
    decision = add_decision(cast.project, proposed_by=Decision.Group.PARTNERS)
    outcome = add_outcome(cast.project, cast.lead, decisions=[decision])
    assert emails(outcome) == [cast.lead.email]
