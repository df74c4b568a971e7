""" "How was today?" after a session, for each person who came."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from codesign.forms import submitted
from projects.predicates import membership
from sessions.meetings.selectors.runners import session_runners
from sessions.safeguarding.access import get_session
from sessions.safeguarding.forms.how_was_today import HowWasTodayForm
from sessions.safeguarding.selectors import how_was_today as reads
from sessions.safeguarding.selectors.leads import concern_readers
from sessions.safeguarding.services.how_was_today import how_was_today_answer


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def how_was_today(request, slug, pk):
    project, session = get_session(request, slug, pk, "workshops.answer_how_was_today")
    member = membership(request.user, project)
    answer = reads.own_answer(session, member)
    worry_sent = answer is not None and answer.concern_id is not None
    initial = {"words": answer.words, "shared": answer.shared} if answer else None
    # Once a worry is sent its box is not shown again; the same form sent twice still carries it,
    # and its words then stay out of the answer.
    form = HowWasTodayForm(submitted(request), initial=initial)
    if request.method == "POST" and form.is_valid():
        how_was_today_answer(session=session, participant=member, **form.cleaned_data)
        messages.success(request, "Thank you. Your answer is sent.")
        return redirect("safeguarding:today", slug=project.slug, pk=session.pk)
    context = {
        "project": project,
        "session": session,
        "form": form,
        "answer": answer,
        "worry_sent": worry_sent,
        "runners": session_runners(session),
        "leads": concern_readers(project),
        "closes_at": reads.closes_at(session),
        "feelings": reads.Feeling.choices,
    }
    status = 422 if form.errors else 200
    return render(request, "safeguarding/how_was_today.html", context, status=status)
