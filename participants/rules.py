import rules

from participants.predicates import is_inviter, is_offline, is_self, plans_support_for
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
