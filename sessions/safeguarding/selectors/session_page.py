"""What a session's page shows of its safety information and of "How was today?": to the
person, links to give theirs and to answer; to the people who run the session, how many gave
safety information (never what) and the "How was today?" summary. Decided on every request,
by the viewer's permissions, and kept in no cache."""

import rules
from django.utils import timezone

from sessions.safeguarding.selectors import how_was_today, safety_info


def safety_for_session_page(session, user, member):
    runs = rules.has_perm("workshops.view_safety_info", user, session)
    place = safety_info.own_place(session, member)
    ended = session.ends_at <= timezone.now()
    return {
        "may_give": rules.has_perm("workshops.give_safety_info", user, session),
        "given": place is not None and place.has_safety_info,
        "may_answer": rules.has_perm("workshops.answer_how_was_today", user, session),
        "answered": place is not None and place.has_answer,
        "runs": runs,
        "count": safety_info.safety_info_count(session) if runs else 0,
        "deleted_at": safety_info.deleted_at(session),
        "today": how_was_today.summary_for(session) if runs and ended else None,
    }
