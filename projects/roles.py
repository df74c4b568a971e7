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


# How each role is said in a sentence: (one person, several people).
ROLE_WORDS = {
    Role.LEAD: ("project lead", "project leads"),
    Role.LOCAL_LEAD: ("local lead", "local leads"),
    Role.FACILITATOR: ("facilitator", "facilitators"),
    Role.YOUNG_PERSON: ("young person", "young people"),
    Role.STAFF: ("member of frontline staff", "frontline staff"),
    Role.MANAGER: ("manager", "managers"),
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
