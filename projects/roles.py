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
