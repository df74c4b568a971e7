import rules

from participants.predicates import is_inviter
from projects.predicates import is_facilitator, is_lead, is_local_lead

rules.add_perm("participants.invite", is_lead | is_local_lead)
rules.add_perm("participants.view_people_details", is_lead | is_local_lead | is_facilitator)
rules.add_perm("participants.manage_people", is_lead)
rules.add_perm("participants.approve_member", is_lead)
# Show the card, send again or cancel one invitation: any lead, or the local lead who sent it.
rules.add_perm("participants.manage_invitation", is_lead | (is_local_lead & is_inviter))
