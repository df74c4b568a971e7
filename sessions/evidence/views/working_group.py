from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from codesign.forms import submitted
from codesign.paging import paged
from participants.models import ENDING_DAYS
from projects.access import get_own_place, get_project
from projects.predicates import membership
from projects.services.updates import update_post
from projects.views.kept_pages import kept_for_the_viewer
from sessions.evidence.forms.working_group import GroupUpdateForm
from sessions.evidence.selectors import places as places_reads
from sessions.evidence.selectors import working_group as reads
from sessions.evidence.services.working_group import working_group_join, working_group_leave

# The next and the last few meetings; the sessions page lists them all.
NEXT = 6
# The group's newest updates; the updates page lists them all.
LATEST_UPDATES = 3


@login_required
@require_GET
@kept_for_the_viewer("working-group")
def working_group(request, slug):
    project = get_project(request, slug)
    member = membership(request.user, project)
    members = paged(request, reads.group_members(project))
    updates, more_updates = reads.latest_group_updates(project, LATEST_UPDATES)
    context = {
        "project": project,
        "member": member,
        "members": members,
        "upcoming": reads.upcoming_meetings(project, member)[:NEXT],
        "past": reads.past_meetings(project, member)[:NEXT],
        "updates": updates,
        "more_updates": more_updates,
        "can_post_update": request.user.has_perm("workshops.post_group_update", project),
        "can_plan": request.user.has_perm("workshops.plan_session", project),
        "can_manage": request.user.has_perm("participants.manage_people", project),
        **_places(request, project, member),
    }
    return render(request, "evidence/working_group.html", context)


def _places(request, project, member):
    """Rounds of places, terms ending and the notes left for the next members."""
    rounds = places_reads.recent_rounds(project)
    can_open = request.user.has_perm("workshops.open_places", project)
    mine = places_reads.my_applications(member, rounds)
    for places_round in rounds:
        places_round.mine = mine.get(places_round.pk)
    return {
        "rounds": rounds,
        "can_open": can_open,
        "ending_round": places_reads.round_ending(project) if can_open else None,
        "my_term": places_reads.current_term(member)
        if member and member.in_working_group
        else None,
        "notes": places_reads.handover_notes(project),
        "today": timezone.localdate(),
        "ending_by": timezone.localdate() + timezone.timedelta(days=ENDING_DAYS),
    }


def _change(request, slug, change, done):
    project, participant = get_own_place(request, slug, "workshops.join_working_group")
    try:
        change(participant=participant)
    except ValidationError as error:
        messages.error(request, error.messages[0])
    else:
        messages.success(request, done)
    return redirect("working_group:page", slug=project.slug)


@login_required
@require_POST
def working_group_join_view(request, slug):
    return _change(request, slug, working_group_join, "You are in the working group. Welcome!")


@login_required
@require_POST
def working_group_leave_view(request, slug):
    return _change(
        request,
        slug,
        working_group_leave,
        "You have left the working group. You can join again at any time.",
    )


@login_required
@require_http_methods(["GET", "POST"])
def working_group_update_new(request, slug):
    """The group tells everyone in the project what it is doing; it shows on the updates page
    too, marked as the working group's."""
    project = get_project(request, slug, "workshops.post_group_update")
    form = GroupUpdateForm(submitted(request))
    if request.method == "POST" and form.is_valid():
        update = update_post(
            project=project,
            by=request.user,
            is_public=False,
            for_working_group=True,
            **form.cleaned_data,
        )
        messages.success(request, f"Update posted: “{update.title}”.")
        return redirect("working_group:page", slug=project.slug)
    return render(request, "evidence/groupupdate_new.html", {"project": project, "form": form})
