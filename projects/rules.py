import rules

from projects.predicates import is_lead, is_member

rules.add_perm("projects.add_project", rules.is_authenticated)
rules.add_perm("projects.view_project", is_member)
rules.add_perm("projects.change_project", is_lead)

# Partners and funding: every member sees where the money comes from; only the lead changes it.
rules.add_perm("projects.view_partners", is_member)
rules.add_perm("projects.view_partner_contacts", is_member)
rules.add_perm("projects.change_partners", is_lead)
rules.add_perm("projects.change_funding", is_lead)
rules.add_perm("projects.export_funding", is_lead)
