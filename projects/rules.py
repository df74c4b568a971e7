import rules

from projects.predicates import is_lead, is_member

rules.add_perm("projects.add_project", rules.is_authenticated)
rules.add_perm("projects.view_project", is_member)
rules.add_perm("projects.change_project", is_lead)
