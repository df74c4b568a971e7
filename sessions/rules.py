import rules

from projects.predicates import is_lead, is_member, is_organisation_safeguarding_lead
from sessions.predicates import (
    came_to_session,
    has_given_safety_info,
    how_was_today_open,
    is_applicant,
    is_claimant,
    is_coming,
    is_comment_author,
    is_credential_holder,
    is_in_working_group,
    is_judge,
    is_not_cancelled,
    is_not_hidden_or_deleted,
    is_on_panel,
    is_paid_by_rate_card,
    is_published,
    is_safeguarding_lead,
    may_apply_for_place,
    runs_sessions,
    runs_this_session,
    safety_info_still_kept,
)

# Every member sees the sessions and replies; leads and facilitators plan and run them.
rules.add_perm("workshops.view_session", is_member)
rules.add_perm("workshops.plan_session", runs_sessions)
rules.add_perm("workshops.reply_to_session", is_member & is_not_cancelled)
rules.add_perm("workshops.view_replies", runs_sessions)
rules.add_perm("workshops.record_attendance", runs_sessions)
rules.add_perm("workshops.add_photo", runs_sessions)
rules.add_perm("workshops.view_photo", is_member)
rules.add_perm("workshops.answer_poll", is_member)
# Anyone taking part may join or leave the working group themselves.
rules.add_perm("workshops.join_working_group", is_member)
# The group's own updates: its members post them, and so do the people who run the project.
rules.add_perm("workshops.post_group_update", runs_sessions | is_in_working_group)
# Places on the working group: project leads open rounds and decide; the people a round is for
# apply; only its panel and the leads read the applications, and only the panel gives views.
# Members of the group leave a note for the people who take their places.
rules.add_perm("workshops.open_places", is_lead)
rules.add_perm("workshops.view_places", is_member)
rules.add_perm("workshops.apply_for_place", is_member & may_apply_for_place)
rules.add_perm("workshops.see_applications", is_member & (is_lead | is_on_panel))
rules.add_perm("workshops.give_panel_view", is_member & is_on_panel)
rules.add_perm("workshops.decide_places", is_lead)
rules.add_perm("workshops.change_application", is_member & is_applicant)
rules.add_perm("workshops.write_handover", is_in_working_group)

# Paid involvement: every member sees the policy and their own claims; only the roles the rate
# card pays make claims; project leads run the rate card, the queue, payments and the finance
# export; a claim is seen by its person and leads.
rules.add_perm("workshops.view_payments", is_member)
rules.add_perm("workshops.make_claim", is_paid_by_rate_card)
rules.add_perm("workshops.manage_payments", is_lead)
rules.add_perm("workshops.view_claim", is_claimant | is_lead)
rules.add_perm("workshops.change_claim", is_claimant | is_lead)
# A time sheet of someone's hours in the project, for the organisation to sign: a person prints
# their own from their page; a project lead may print one for anyone taking part in it, as for
# someone without a printer, or taking part offline.
rules.add_perm("workshops.print_time_sheet", is_lead)

# Ideas and comments: every member adds and comments as an equal.
rules.add_perm("workshops.view_prototype", is_member)
rules.add_perm("workshops.add_prototype", is_member)
rules.add_perm("workshops.change_prototype", is_member)
rules.add_perm("workshops.add_comment", is_member)
rules.add_perm("workshops.change_comment", is_member & is_comment_author & is_not_hidden_or_deleted)
rules.add_perm("workshops.report_comment", is_member)
# Seeing who wrote a comment posted without a name, for safeguarding; hiding comments.
rules.add_perm("workshops.see_hidden_names", runs_sessions)
rules.add_perm("workshops.moderate_comments", runs_sessions)
rules.add_perm("workshops.run_test_rounds", runs_sessions)
rules.add_perm("workshops.give_feedback", is_member)
rules.add_perm("workshops.decide_prototype", runs_sessions)
rules.add_perm("workshops.ask_for_review", is_member & is_comment_author)
rules.add_perm("workshops.score_pitch", is_member & is_judge)

# Open Badges: only the person they were issued to downloads one; the project's lead sees the
# project's and revokes them for the organisation.
rules.add_perm("workshops.download_credential", is_credential_holder)
rules.add_perm("workshops.revoke_credential", is_lead)

# Training: every member sees published modules and takes them; leads and facilitators write
# modules (and see drafts) and link them to training sessions.
rules.add_perm("workshops.view_training", is_member)
rules.add_perm("workshops.write_training", runs_sessions)
rules.add_perm("workshops.view_module", is_member & (is_published | runs_sessions))
rules.add_perm("workshops.take_module", is_member & is_published)

# Keeping people safe. Anyone taking part may raise a concern; only the safeguarding leads the
# project lead names see concerns and act on them. Views ask these with `rules.has_perm`, not
# `user.has_perm`, so that a site administrator is not let in by being one.
rules.add_perm("workshops.raise_concern", is_member)
rules.add_perm("workshops.handle_concerns", is_safeguarding_lead)
# An organisation's own safeguarding leads see the concerns of every project it leads.
rules.add_perm("workshops.handle_organisation_concerns", is_organisation_safeguarding_lead)
rules.add_perm("workshops.name_safeguarding_leads", is_lead)
rules.add_perm("workshops.record_vetting", is_lead | is_safeguarding_lead)

# Safety information for one session: someone coming gives theirs (and changes it) until it
# is deleted, 7 days after the session, and may delete it; only the people who run that
# session read it. "How was today?": answered by those who came, for 7 days after; the
# summary is for the session's runners.
rules.add_perm(
    "workshops.give_safety_info",
    is_member & is_not_cancelled & safety_info_still_kept & is_coming,
)
rules.add_perm("workshops.delete_safety_info", is_member & has_given_safety_info)
rules.add_perm("workshops.view_safety_info", runs_this_session)
rules.add_perm(
    "workshops.answer_how_was_today",
    is_member & is_not_cancelled & how_was_today_open & came_to_session,
)
rules.add_perm("workshops.view_how_was_today", runs_this_session)
