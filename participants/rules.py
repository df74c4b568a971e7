import rules

from participants.predicates import (
    invited_them,
    is_inviter,
    is_offline,
    is_self,
    may_have_card,
    plans_support_for,
)
from projects.predicates import is_facilitator, is_lead, is_local_lead

# Invitations and the people page.
rules.add_perm("participants.invite", is_lead | is_local_lead)
rules.add_perm("participants.view_people_details", is_lead | is_local_lead | is_facilitator)
rules.add_perm("participants.manage_people", is_lead)
rules.add_perm("participants.approve_member", is_lead)
# Show the card, send again or cancel one invitation: any lead, or the local lead who sent it.
rules.add_perm("participants.manage_invitation", is_lead | (is_local_lead & is_inviter))

# Support needs and consent: the person themself and those who plan their support; the team
# types them in only for someone taking part offline, without an account.
rules.add_perm("participants.view_support_needs", is_self | plans_support_for)
rules.add_perm("participants.change_support_needs", is_self | (is_offline & plans_support_for))
rules.add_perm("participants.record_consent", is_self | (is_offline & plans_support_for))
rules.add_perm("participants.view_needs_summary", is_lead | is_facilitator | is_local_lead)

# Sign-in cards and phone numbers: a fresh sign-in card (which ends the person's password and
# lets whoever types its code choose a new one) from any lead, or from the local lead who invited
# them, and only for someone with no email address who runs nothing and is not a site
# administrator; a mobile number is seen by the person and those who plan their support, like
# their needs.
rules.add_perm(
    "participants.give_sign_in_card", (is_lead | (is_local_lead & invited_them)) & may_have_card
)
rules.add_perm("participants.view_mobile", is_self | plans_support_for)
# The network from earlier projects: only a lead invites it, since it reaches across projects.
rules.add_perm("participants.invite_network", is_lead)
# Letters printed for people who chose post: only a lead sees the addresses and posts them.
rules.add_perm("participants.post_letters", is_lead)
