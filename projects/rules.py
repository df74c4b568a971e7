import rules

from projects.predicates import (
    is_facilitator,
    is_frontline_staff,
    is_lead,
    is_local_lead,
    is_manager,
    is_marked_public,
    is_member,
    is_organisation_lead,
    is_organisation_member,
    is_public_project,
    is_site_staff,
    may_start_projects,
)

rules.add_perm("projects.add_project", may_start_projects)
rules.add_perm("projects.view_project", is_member)
rules.add_perm("projects.change_project", is_lead)

# Updates (the project blog) and downloadable files.
rules.add_perm("projects.post_update", is_lead)
rules.add_perm("projects.change_resources", is_lead)
rules.add_perm("projects.view_resource", is_member | (is_public_project & is_marked_public))
# Stages, the decision log and the project's own words.
rules.add_perm("projects.change_stage", is_lead)
rules.add_perm("projects.add_decision", is_lead | is_facilitator)
rules.add_perm("projects.change_decision", is_lead | is_facilitator)
rules.add_perm("projects.change_glossary", is_lead | is_facilitator)
# Partners and funding: every member sees where the money comes from; only the lead changes it.
rules.add_perm("projects.view_partners", is_member)
# A contact's email and phone: for the people who arrange things with partners.
rules.add_perm("projects.view_partner_contacts", is_lead | is_local_lead | is_facilitator)
rules.add_perm("projects.change_partners", is_lead)
rules.add_perm("projects.change_funding", is_lead)
rules.add_perm("projects.export_funding", is_lead)
# Outcomes: leads and facilitators record them; the lead, staff and managers review them.
rules.add_perm("projects.add_outcome", is_lead | is_facilitator)
rules.add_perm("projects.change_outcome", is_lead | is_facilitator)
rules.add_perm("projects.review_outcome", is_lead | is_frontline_staff | is_manager)
# Reflections: anyone taking part says what helped, what was hard, and what they would advise.
rules.add_perm("projects.add_reflection", is_member)
rules.add_perm("projects.rate_ladder", is_member)
# The project report: every member reads it; the lead edits it and downloads the CSV files.
rules.add_perm("projects.change_report", is_lead)
rules.add_perm("projects.export_report", is_lead)
# Retention: the privacy page and a legal hold on the project are for its leads; an
# organisation's own retention periods for its leads and site administrators (in the admin).
rules.add_perm("projects.view_privacy", is_lead)
rules.add_perm("projects.place_legal_hold", is_lead)
rules.add_perm("projects.set_retention_period", is_site_staff | is_organisation_lead)
# An organisation's network reaches across every project it joined: its leads only. Its other
# members are told they may not (403); everyone else never learns the page is there (404).
rules.add_perm("projects.view_organisation", is_organisation_member)
rules.add_perm("projects.view_organisation_network", is_organisation_lead)
# Its leads name the organisation's safeguarding leads, who handle the concerns of every
# project it leads (sessions/rules.py).
rules.add_perm("projects.name_organisation_safeguarding_leads", is_organisation_lead)
