"""The words for membership, shared by every app.

They live in the lowest layer so that projects, participants and sessions can all
name roles without importing upwards.
"""

from django.db import models


class Role(models.TextChoices):
    LEAD = "lead", "Project lead"
    LOCAL_LEAD = "local_lead", "Local lead"
    FACILITATOR = "facilitator", "Facilitator"
    YOUNG_PERSON = "young_person", "Young person"
    STAFF = "staff", "Frontline staff"
    MANAGER = "manager", "Manager"


class MemberStatus(models.TextChoices):
    INVITED = "invited", "Invited"
    PENDING = "pending", "Waiting for a lead to say yes"
    ACTIVE = "active", "Taking part"
    LEFT = "left", "Left"
    # A lead said "not for now" to a join request; they can still be approved later.
    DECLINED = "declined", "Not for now"


# The people who run the project, and the people who take part in it: the overview and the
# project menu put different things first for each.
RUNNING_ROLES = frozenset({Role.LEAD, Role.LOCAL_LEAD, Role.FACILITATOR})
TAKING_PART_ROLES = frozenset({Role.YOUNG_PERSON, Role.STAFF, Role.MANAGER})


def runs_project(member):
    """True for leads, local leads and facilitators (and a site administrator, with no role)."""
    return member is None or member.role in RUNNING_ROLES


# How each role is said in a sentence: (one person, several people).
ROLE_WORDS = {
    Role.LEAD: ("project lead", "project leads"),
    Role.LOCAL_LEAD: ("local lead", "local leads"),
    Role.FACILITATOR: ("facilitator", "facilitators"),
    Role.YOUNG_PERSON: ("young person", "young people"),
    Role.STAFF: ("member of frontline staff", "frontline staff"),
    Role.MANAGER: ("manager", "managers"),
}


# The glossary word that explains each role (see projects/selectors/glossary.py).
ROLE_GLOSSARY_WORDS = {role: words[0] for role, words in ROLE_WORDS.items()} | {
    Role.STAFF: "frontline staff"
}


def role_count_words(role, count):
    """ "1 young person", "3 young people": the words after the number."""
    one, many = ROLE_WORDS[role]
    return one if count == 1 else many


def role_heading(role):
    """A heading for everyone in a role: "Young people"."""
    many = ROLE_WORDS[role][1]
    return many[:1].upper() + many[1:]


def role_phrase(role):
    """ "You take part as a young person." """
    words = ROLE_WORDS.get(role)
    return f"a {words[0]}" if words else "a member"


# Who a local lead may invite when the lead has not chosen.
DEFAULT_LOCAL_LEAD_ROLES = (Role.YOUNG_PERSON, Role.STAFF)
# Roles anyone with a link may take: none of them sees other people's details.
OPEN_JOIN_ROLE_CHOICES = (Role.YOUNG_PERSON, Role.STAFF, Role.MANAGER)
# Roles a lead may let local leads invite into (never lead: that would hand over the project).
LOCAL_LEAD_ROLE_CHOICES = tuple(role for role in Role if role != Role.LEAD)


# What taking part in each role means, in a sentence.
ROLE_MEANINGS = {
    Role.LEAD: "You will set up and run the project with everyone else.",
    Role.LOCAL_LEAD: "You will invite people locally and help them take part.",
    Role.FACILITATOR: "You will plan and run the sessions.",
    Role.YOUNG_PERSON: (
        "You will share what you know from your own life and help design the support, "
        "as an equal. Your experience is what matters here."
    ),
    Role.STAFF: "You will bring what you know from your work and design the support together.",
    Role.MANAGER: (
        "You will bring what you know from managing services, take part as an equal and help "
        "put ideas into practice."
    ),
}


def ordered_roles(roles, allowed):
    """The roles in `roles` that `allowed` holds, in the order of `allowed`."""
    wanted = set(roles)
    return [role for role in allowed if role in wanted]


def role_choices(roles):
    """(value, label) pairs for a choice field offering `roles`, in the order given."""
    return [(Role(role).value, Role(role).label) for role in roles]
