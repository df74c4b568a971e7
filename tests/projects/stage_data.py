"""Small builders for the rows the stage, overview and decision tests need."""

from django.utils import timezone

from projects.models import Decision, FundingContribution, Organisation, Partner


def add_partner(project, name="IRISS", roles=("lead", "funder")):
    organisation, _ = Organisation.objects.get_or_create(name=name)
    return Partner.objects.create(project=project, organisation=organisation, roles=list(roles))


def add_funding(project, partner, amount_pence=500_000):
    return FundingContribution.objects.create(
        project=project, partner=partner, kind="cash", amount_pence=amount_pence
    )


def finish_setup(project):
    """Everything the setting-up stage needs, so the project may move on freely."""
    project.summary = "Designing support with young care leavers."
    project.aim = "Better support for care leavers moving into adult life."
    project.payment_policy = "Young people are paid for their time, like everyone else."
    project.save()
    add_funding(project, add_partner(project))


def add_decision(project, what="Meet in the evening", **fields):
    defaults = {
        "proposed_by": Decision.Group.YOUNG_PEOPLE,
        "decided_by": Decision.Group.EVERYONE,
        "young_people_voted": True,
        "decided_on": timezone.localdate(),
    }
    return Decision.objects.create(project=project, what=what, **(defaults | fields))
