"""seed_scale fills an empty database quickly, in the sizes asked for, and only once."""

from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from participants.models import Invitation, Participant, User
from projects.models import Project
from projects.roles import MemberStatus, Role
from sessions.management.commands.seed_scale import BIG_SLUG, CAST

SMALL = {
    "projects": 4,
    "people": 60,
    "big_people": 30,
    "decisions": 12,
    "spending": 20,
    "stage_moves": 7,
    "updates": 5,
    "files": 4,
    "words": 3,
    "invitations": 6,
}


def seed(**sizes):
    out = StringIO()
    call_command("seed_scale", **(SMALL | sizes), stdout=out)
    return out.getvalue()


def test_it_makes_the_sizes_asked_for(db):
    assert "Loaded 4 projects and 60 people" in seed()
    big = Project.objects.get(slug=BIG_SLUG)
    assert Project.objects.count() == 4
    assert User.objects.filter(email__endswith="@scale.codesign.test").count() == 60
    assert big.participants.count() == 30
    assert (big.decisions.count(), big.spending.count(), big.stage_changes.count()) == (12, 20, 7)
    assert (big.updates.count(), big.resources.count(), big.glossary_terms.count()) == (5, 4, 3)
    assert Invitation.objects.filter(project=big).count() == 6
    assert big.stage_changes.order_by("-at").first().to_stage == big.stage


def test_the_big_project_has_one_account_in_each_role_and_no_usable_passwords(db):
    seed()
    big = Project.objects.get(slug=BIG_SLUG)
    for role, email in CAST:
        member = Participant.objects.get(project=big, user__email=email)
        assert (member.role, member.status) == (role, MemberStatus.ACTIVE)
    assert not any(user.has_usable_password() for user in User.objects.all())
    young = User.objects.get(email=dict(CAST)[Role.YOUNG_PERSON])
    assert young.participations.count() == 3  # the big project and two smaller ones


def test_it_refuses_to_run_twice(db):
    seed()
    with pytest.raises(CommandError, match="already loaded"):
        seed()
    assert Project.objects.count() == 4


@pytest.mark.parametrize(
    ("sizes", "message"),
    [
        ({"decisions": -1}, "cannot be negative"),
        ({"projects": 0}, "at least one project"),
        ({"big_people": 3}, "at least 6 people"),
        ({"people": 20}, "cannot be less than --big-people"),
    ],
)
def test_impossible_sizes_are_refused_with_a_reason(db, sizes, message):
    with pytest.raises(CommandError, match=message):
        seed(**sizes)
    assert not Project.objects.exists()
