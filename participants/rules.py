import rules

from participants.predicates import is_offline, is_self, plans_support_for
from projects.predicates import is_facilitator, is_lead, is_local_lead

# Support needs and consent: the person themself and those who plan their support; the team
# types them in only for someone taking part offline, without an account.
rules.add_perm("participants.view_support_needs", is_self | plans_support_for)
rules.add_perm("participants.change_support_needs", is_self | (is_offline & plans_support_for))
rules.add_perm("participants.record_consent", is_self | (is_offline & plans_support_for))
rules.add_perm("participants.view_needs_summary", is_lead | is_facilitator | is_local_lead)
