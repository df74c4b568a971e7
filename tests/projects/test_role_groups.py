"""The one rule for figures by role: groups under three people are merged or not shown."""

from projects.roles import Role
from projects.selectors.role_groups import MIN_GROUP, group_of, role_groups


def test_the_smallest_group_shown_is_three():
    assert MIN_GROUP == 3


def test_a_role_of_three_stands_alone_and_a_role_of_one_is_merged_and_hidden():
    groups = role_groups({"young_person": 3, "manager": 1})
    assert [(g.heading, g.people, g.shown) for g in groups] == [
        ("Young people", 3, True),
        ("Other roles", 1, False),
    ]
    assert group_of(groups, Role.MANAGER).key == "other"


def test_small_roles_together_are_shown_once_they_make_three():
    groups = role_groups({"staff": 2, "manager": 1})
    assert [(g.heading, g.roles, g.shown) for g in groups] == [
        ("Other roles", frozenset({"staff", "manager"}), True)
    ]


def test_roles_not_named_always_go_into_other_roles():
    groups = role_groups({"lead": 5, "young_person": 4}, named=(Role.YOUNG_PERSON,))
    assert [(g.heading, g.people) for g in groups] == [("Young people", 4), ("Other roles", 5)]


def test_roles_with_nobody_are_left_out():
    assert role_groups({"manager": 0}) == []
    assert group_of(role_groups({}), "manager") is None
