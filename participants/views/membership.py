from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from codesign.forms import submitted
from codesign.paging import paged, paged_ids_first
from participants.forms.membership import OfflineParticipantForm, PeopleSearchForm, RoleChangeForm
from participants.selectors.membership import (
    active_counts_by_role,
    by_role,
    count_with,
    people_counts,
    people_invited_by,
    people_taking_part,
    people_with_status,
    shared_names,
)
from participants.selectors.sign_in_cards import may_have_card
from participants.services.membership import (
    member_approve,
    member_decline,
    participant_add_offline,
    participant_bring_back,
    participant_change_role,
    participant_mark_left,
    participant_set_working_group,
)
from participants.views.invitations import invitations_section, people_url
from projects.access import get_participant, get_project
from projects.models import Project
from projects.roles import MemberStatus, role_phrase
from projects.views.kept_pages import kept_for_the_viewer


@login_required
@require_GET
@kept_for_the_viewer("people")
def people(request, slug):
    project = get_project(request, slug)
    user = request.user
    can_see_details = user.has_perm("participants.view_people_details", project)
    can_invite = user.has_perm("participants.invite", project)
    can_manage = user.has_perm("participants.manage_people", project)
    search = PeopleSearchForm(request.GET)
    counts = people_counts(project)
    by_role_counts = active_counts_by_role(counts)
    total = sum(by_role_counts.values())
    # Unless someone is searching, the one counting query above already knows every total.
    page = paged_ids_first(
        request,
        people_taking_part(project, **search.terms()),
        count=None if search.is_searching else total,
    )
    context = {
        "project": project,
        "search": search,
        "page": page,
        "taking_part": by_role(page, by_role_counts),
        "total": total,
        "can_see_details": can_see_details,
        "can_invite": can_invite,
        "can_manage": can_manage,
        "can_approve": user.has_perm("participants.approve_member", project),
    }
    # Two people with one name are told apart, for those who see people's details.
    context["shared_names"] = shared_names(project) if can_see_details else frozenset()
    if can_see_details:
        for status, param in STATUS_LISTS.items():
            context[param] = paged(
                request,
                people_with_status(project, status),
                param=param,
                count=count_with(counts, status=status),
            )
        if not can_manage:
            context["mine"] = paged(request, people_invited_by(project, user), param="mine")
    if can_invite:
        context |= invitations_section(request, project, everyone=can_manage)
    lists = [context[key] for key in ["page", *STATUS_LISTS.values(), "mine"] if key in context]
    _mark_what_viewer_may_see(user, project, [person for people in lists for person in people])
    return render(request, "participants/participant_list.html", context)


# Each list on the people page has its own page number in the address.
STATUS_LISTS = {
    MemberStatus.PENDING: "waiting",
    MemberStatus.DECLINED: "declined",
    MemberStatus.LEFT: "left",
}


def _mark_what_viewer_may_see(user, project, people):
    """Each person's mobile number, and a sign-in card link, only where the viewer may."""
    may_give = user.has_perm("participants.invite", project)
    # Only accounts with no email and no administrator flag need asking the database.
    candidates = {
        p.user_id
        for p in people
        if p.user_id and not (p.user.email or p.user.is_staff or p.user.is_superuser)
    }
    allowed = may_have_card(candidates) if may_give else set()
    for person in people:
        if person.user_id:
            person.user.card_allowed = person.user_id in allowed
        person.project = project  # the permission checks share the viewer's cached membership
        person.shown_mobile = (
            person.user.mobile
            if person.user_id and user.has_perm("participants.view_mobile", person)
            else ""
        )
        person.may_give_card = bool(
            person.user_id
            and person.user_id != user.pk
            and user.has_perm("participants.give_sign_in_card", person)
        )


def _project_and_person(request, slug, pk, perm):
    project = get_project(request, slug, perm)
    return project, get_participant(request, project, pk, perm, select=["user", "invited_by"])


def _change_then_people_page(request, project, change, success):
    """Run `change()`; say `success()` if it worked, or why not, then show the people page."""
    try:
        change()
    except ValidationError as error:
        messages.error(request, error.messages[0])
    else:
        messages.success(request, success())
    return redirect(people_url(project))


def _person_page(request, project, person, *, role_form=None, status=200):
    return render(
        request,
        "participants/participant_detail.html",
        {
            "project": project,
            "person": person,
            "role_form": role_form or RoleChangeForm(initial={"role": person.role}),
            "is_me": person.user_id == request.user.pk,
            "invitations": list(
                person.invitations.select_related("invited_by").order_by("-created_at", "-pk")
            )
            if person.is_offline
            else [],
        },
        status=status,
    )


@login_required
@require_GET
def person(request, slug, pk):
    project, person = _project_and_person(request, slug, pk, "participants.manage_people")
    return _person_page(request, project, person)


@login_required
@require_POST
def person_role(request, slug, pk):
    project, person = _project_and_person(request, slug, pk, "participants.manage_people")
    form = RoleChangeForm(request.POST)
    if form.is_valid():
        try:
            person = participant_change_role(
                participant=person, by=request.user, role=form.cleaned_data["role"]
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(
                request,
                f"{person.display_name} now takes part as {role_phrase(person.role)}.",
            )
            return redirect(people_url(project))
    return _person_page(request, project, person, role_form=form)


@login_required
@require_POST
def person_leave(request, slug, pk):
    project, person = _project_and_person(request, slug, pk, "participants.manage_people")
    try:
        participant_mark_left(participant=person, by=request.user)
    except ValidationError as error:
        messages.error(request, error.messages[0])
        return redirect("participants:person", slug=project.slug, pk=person.pk)
    messages.success(
        request,
        f"{person.display_name} is marked as left and can no longer see the project. "
        "You can bring them back from the people page.",
    )
    return redirect(people_url(project))


@login_required
@require_POST
def person_bring_back(request, slug, pk):
    project, person = _project_and_person(request, slug, pk, "participants.manage_people")
    return _change_then_people_page(
        request,
        project,
        lambda: participant_bring_back(participant=person, by=request.user),
        lambda: f"{person.display_name} is taking part again.",
    )


@login_required
@require_POST
def person_working_group(request, slug, pk):
    project, person = _project_and_person(request, slug, pk, "participants.manage_people")
    choice = request.POST.get("in_group")
    if choice not in ("yes", "no"):
        messages.error(request, "Choose whether to add them to the working group or take them out.")
        return redirect("participants:person", slug=project.slug, pk=person.pk)
    try:
        person = participant_set_working_group(
            participant=person, by=request.user, in_group=choice == "yes"
        )
    except ValidationError as error:
        messages.error(request, error.messages[0])
        return redirect("participants:person", slug=project.slug, pk=person.pk)
    if person.in_working_group:
        messages.success(request, f"{person.display_name} is now in the working group.")
    else:
        messages.success(request, f"{person.display_name} is no longer in the working group.")
    return redirect(people_url(project))


@login_required
@require_http_methods(["GET", "POST"])
def add_offline(request, slug):
    project = get_project(request, slug, "participants.manage_people")
    form = OfflineParticipantForm(submitted(request))
    if request.method == "POST" and form.is_valid():
        person = participant_add_offline(project=project, by=request.user, **form.cleaned_data)
        messages.success(
            request,
            f"{person.display_name} is added as taking part offline. You can make them a code "
            "so they can use Codesign later.",
        )
        return redirect("participants:person", slug=project.slug, pk=person.pk)
    return render(
        request, "participants/participant_add_offline.html", {"project": project, "form": form}
    )


@login_required
@require_POST
def approve(request, slug, pk):
    project, person = _project_and_person(request, slug, pk, "participants.approve_member")
    return _change_then_people_page(
        request,
        project,
        lambda: member_approve(participant=person, by=request.user),
        lambda: f"{person.display_name} is in. We have let them know.",
    )


@login_required
@require_POST
def decline(request, slug, pk):
    project, person = _project_and_person(request, slug, pk, "participants.approve_member")
    return _change_then_people_page(
        request,
        project,
        lambda: member_decline(participant=person, by=request.user),
        lambda: (
            f"We have told {person.display_name} kindly that it is not for now. "
            "You can still say yes later."
        ),
    )


@login_required
@require_GET
def waiting(request, slug):
    """For someone who asked to join and is waiting for a lead (they cannot see the project)."""
    project = get_object_or_404(Project, slug=slug)
    mine = project.participants.filter(user=request.user).first()
    if mine is None or mine.status not in (
        MemberStatus.PENDING,
        MemberStatus.DECLINED,
        MemberStatus.ACTIVE,
    ):
        raise Http404("No such project.")
    if mine.status == MemberStatus.ACTIVE:
        return redirect(project)
    return render(
        request,
        "participants/participant_waiting.html",
        {"project": project, "participant": mine, "role_phrase": role_phrase(mine.role)},
    )
