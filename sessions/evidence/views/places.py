"""Places on the working group: a lead opens a round (or the next one, handing over from the
members whose terms end), the people it is for apply and withdraw, and the panel reads the
applications and gives a view."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from codesign.forms import submitted
from codesign.paging import paged
from projects.access import check_access, get_project, get_project_object
from projects.predicates import membership
from projects.roles import MemberStatus
from sessions.evidence.forms.places import (
    ApplicationForm,
    PanelViewForm,
    PlacesRoundForm,
    round_initial,
)
from sessions.evidence.selectors import places as reads
from sessions.evidence.services import places as services
from sessions.models import PlacesRound


def round_get(request, project, pk, perm="workshops.view_places"):
    return get_project_object(request, project, reads.rounds_of(project), perm, pk=pk)


def _members(project):
    return project.participants.filter(status=MemberStatus.ACTIVE).order_by("display_name", "pk")


def _round_form(request, slug, follows):
    project = get_project(request, slug, "workshops.open_places")
    if follows is not None:
        follows = round_get(request, project, follows, "workshops.open_places")
    form = PlacesRoundForm(
        submitted(request), members=_members(project), initial=round_initial(follows)
    )
    if request.method == "POST" and form.is_valid():
        try:
            places_round = services.places_round_open(
                project=project, by=request.user, follows=follows, **form.for_service()
            )
        except ValidationError as error:
            form.add_error("panel", error)
        else:
            messages.success(
                request, "The places are open. The people they are for have been told."
            )
            return redirect(places_round.get_absolute_url())
    status = 422 if request.method == "POST" else 200
    context = {"project": project, "form": form, "follows": follows}
    return render(request, "evidence/places_new.html", context, status=status)


@login_required
@require_http_methods(["GET", "POST"])
def round_new(request, slug):
    return _round_form(request, slug, None)


@login_required
@require_http_methods(["GET", "POST"])
def round_next(request, slug, pk):
    """The next round, from one whose members' terms are ending: the hand-over."""
    return _round_form(request, slug, pk)


@login_required
@require_GET
def round_detail(request, slug, pk):
    project = get_project(request, slug)
    places_round = round_get(request, project, pk)
    member = membership(request.user, project)
    can_see = request.user.has_perm("workshops.see_applications", places_round)
    context = {
        "project": project,
        "round": places_round,
        "mine": reads.my_application(member, places_round),
        "can_apply": _may_apply(request, places_round),
        "can_see": can_see,
        "can_decide": request.user.has_perm("workshops.decide_places", places_round),
        "applications": paged(request, reads.applications_for_panel(places_round))
        if can_see
        else None,
        "link": request.build_absolute_uri(places_round.get_absolute_url())
        + f"?link={places_round.link_code}",
    }
    return render(request, "evidence/places_round.html", context)


def _may_apply(request, places_round):
    """The people the round is for; for a round sent by link, those who came by the link."""
    if not request.user.has_perm("workshops.apply_for_place", places_round):
        return False
    if places_round.who_may_apply != PlacesRound.WhoMayApply.LINK:
        return True
    return request.GET.get("link", request.POST.get("link")) == places_round.link_code


@login_required
@require_http_methods(["GET", "POST"])
def round_apply(request, slug, pk):
    project = get_project(request, slug)
    places_round = round_get(request, project, pk)
    if not _may_apply(request, places_round):
        raise PermissionDenied
    member = membership(request.user, project)
    mine = reads.my_application(member, places_round)
    initial = {f"answer_{n}": answer for n, answer in enumerate(mine.answers, 1)} if mine else {}
    form = ApplicationForm(submitted(request), questions=places_round.questions, initial=initial)
    if not places_round.is_open():
        messages.error(request, "Applications for these places have closed.")
        return redirect(places_round.get_absolute_url())
    if request.method == "POST" and form.is_valid():
        try:
            services.application_submit(
                places_round=places_round, participant=member, answers=form.answers()
            )
        except ValidationError as error:
            messages.error(request, error.messages[0])
        else:
            messages.success(
                request,
                "Thank you: your application is in. We will tell you what the panel decides.",
            )
        return redirect(places_round.get_absolute_url())
    status = 422 if request.method == "POST" else 200
    context = {
        "project": project,
        "round": places_round,
        "form": form,
        "mine": mine,
        "link_code": request.GET.get("link", request.POST.get("link", "")),
    }
    return render(request, "evidence/places_apply.html", context, status=status)


def own_application(request, slug, pk):
    """The round and the signed-in person's application to it (403 if they have none)."""
    project = get_project(request, slug)
    places_round = round_get(request, project, pk)
    member = membership(request.user, project)
    application = reads.my_application(member, places_round)
    if application is None:
        raise PermissionDenied
    application.round = places_round
    check_access(request.user, application, "workshops.change_application")
    return places_round, application


@login_required
@require_POST
def round_withdraw(request, slug, pk):
    places_round, application = own_application(request, slug, pk)
    try:
        services.application_withdraw(application=application)
    except ValidationError as error:
        messages.error(request, error.messages[0])
    else:
        messages.success(
            request, "You have withdrawn your application. You can apply again until it closes."
        )
    return redirect(places_round.get_absolute_url())


@login_required
@require_http_methods(["GET", "POST"])
def application_detail(request, slug, pk, application_pk):
    """One application, the panel's views of it and, for the panel, the viewer's own view."""
    project = get_project(request, slug)
    places_round = round_get(request, project, pk, "workshops.see_applications")
    application = get_object_or_404(reads.applications_for_panel(places_round), pk=application_pk)
    application.round = places_round
    member = membership(request.user, project)
    can_give = request.user.has_perm("workshops.give_panel_view", places_round)
    if request.method == "POST" and not can_give:
        raise PermissionDenied
    mine = reads.own_view(application, member) if can_give else None
    initial = {"view": mine.view, "note": mine.note} if mine else None
    form = PanelViewForm(submitted(request), initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            services.panel_view_give(application=application, member=member, **form.cleaned_data)
        except ValidationError as error:
            messages.error(request, error.messages[0])
        else:
            messages.success(
                request,
                f"Your view of {application.participant.display_name}'s application is saved.",
            )
        return redirect(places_round.get_absolute_url())
    status = 422 if request.method == "POST" else 200
    context = {
        "project": project,
        "round": places_round,
        "application": application,
        "form": form if can_give and places_round.decided_at is None else None,
    }
    return render(request, "evidence/places_application.html", context, status=status)
