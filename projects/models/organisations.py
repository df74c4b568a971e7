"""Who speaks for an organisation on the site: its people, and which of them lead it."""

from django.conf import settings
from django.db import models

from projects.models.projects import Organisation


class OrganisationMemberQuerySet(models.QuerySet):
    def leads(self):
        return self.filter(is_lead=True, user__is_active=True)


class OrganisationMember(models.Model):
    """A person who works for or with an organisation. Its leads see the organisation's
    network: everyone who said "ask me about future work" after taking part in any project
    the organisation is a partner of.

    Set by site staff (in the admin), not by a project's lead: the network reaches across
    every project the organisation has joined, beyond what any one project's lead may see.
    """

    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="members")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="organisation_places"
    )
    is_lead = models.BooleanField(
        "leads the organisation's network",
        default=False,
        help_text="Sees the organisation's network and invites people from it.",
    )
    is_safeguarding_lead = models.BooleanField(
        "a safeguarding lead for the organisation's projects",
        default=False,
        help_text="Receives and acts on concerns raised in every project the organisation "
        "leads, beside each project's own safeguarding leads.",
    )
    added_at = models.DateTimeField(auto_now_add=True)

    objects = OrganisationMemberQuerySet.as_manager()

    class Meta:
        ordering = ["organisation__name", "-is_lead", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["organisation", "user"], name="organisation_member_once"
            )
        ]

    def __str__(self):
        role = "lead" if self.is_lead else "member"
        return f"{self.user} ({role}, {self.organisation})"
