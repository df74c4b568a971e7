"""Support needs: a member says what helps them take part; the team plans with a summary."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods

from codesign.forms import submitted
from codesign.paging import paged_ids_first
from participants.forms.membership import PeopleSearchForm
from participants.forms.needs import SupportNeedsForm
from participants.forms.network import FutureWorkForm
from participants.selectors.consent import may_contact, refused_data_use
from participants.selectors.needs import (
    needs_counts,
    needs_table,
    needs_visible_to,
    support_needs_of,
)
from participants.selectors.network import future_work_of
from participants.services.account import user_contact_choose
from participants.services.needs import support_needs_save
from participants.services.network import future_work_save
from projects.access import get_own_place, get_participant, get_project
from projects.predicates import membership
from projects.roles import Role
from projects.views.kept_pages import kept_for_the_viewer

WELCOME_STEP = "welcome"
REFUSED_SAVED = (
    "Saved. You said no to us using your information for this project, so the project team "
    "will not see this unless you change that answer."
)


def who_sees_it(participant):
    """The sentence shown after saving: who can see these needs."""
    inviter = participant.invited_by
    if inviter is not None:
        place = membership(inviter, participant.project)
        if place is not None and place.role == Role.LOCAL_LEAD:
            return (
                f"Saved. Only the project lead, facilitators and {place.display_name}, "
                "who invited you, can see this."
            )
    return "Saved. Only the project lead and facilitators can see this."


@login_required
@never_cache
@require_http_methods(["GET", "POST"])
def my_needs(request, slug):
    project, participant = get_own_place(request, slug, "participants.change_support_needs")
    refused = refused_data_use(participant)
    in_welcome = request.GET.get("step") == WELCOME_STEP
    form = SupportNeedsForm(
        submitted(request),
        needs=support_needs_of(participant),
        user=request.user,
    )
    # An optional part of the same page: "ask me about future work".
    future_form = FutureWorkForm(submitted(request), answer=future_work_of(request.user))
    if request.method == "POST" and form.is_valid() and future_form.is_valid():
        fields = dict(form.cleaned_data)
        address = fields.pop("postal_address", "")
        support_needs_save(participant=participant, **fields)
        if future_form.has_changed():
            future_work_save(user=request.user, **future_form.cleaned_data)
        messages.success(request, REFUSED_SAVED if refused else who_sees_it(participant))
        heard_by = user_contact_choose(
            user=request.user,
            choice=fields["preferred_contact"],
            mobile=form.text_number,
            address=address,
        )
        if heard_by:
            messages.info(request, f"{heard_by} You can change this on My page.")
        if in_welcome:
            return redirect(project)
        return redirect("needs:my_needs", slug=project.slug)
    return render(
        request,
        "participants/supportneeds_form.html",
        {
            "project": project,
            "participant": participant,
            "form": form,
            "future_form": future_form,
            "in_welcome": in_welcome,
            "for_someone_else": False,
            "refused": refused,
        },
    )


@login_required
@never_cache
@require_http_methods(["GET", "POST"])
def record_needs(request, slug, participant_id):
    """The team types in the needs of someone taking part offline, without an account."""
    project = get_project(request, slug)
    participant = get_participant(
        request,
        project,
        participant_id,
        "participants.change_support_needs",
        select=["support_needs"],
    )
    if participant.user_id == request.user.pk:
        return redirect("needs:my_needs", slug=project.slug)
    form = SupportNeedsForm(
        submitted(request),
        needs=support_needs_of(participant),
    )
    if request.method == "POST" and form.is_valid():
        support_needs_save(participant=participant, **form.cleaned_data)
        messages.success(
            request,
            f"Saved what helps {participant.display_name} take part. "
            "Only the project lead and facilitators can see this.",
        )
        return redirect("needs:summary", slug=project.slug)
    return render(
        request,
        "participants/supportneeds_form.html",
        {
            "project": project,
            "participant": participant,
            "form": form,
            "in_welcome": False,
            "for_someone_else": True,
        },
    )


class NeedsRow:
    """One person's needs as the planning table shows them."""

    def __init__(self, participant, can_record):
        self.participant = participant
        self.can_record = can_record
        self.refused = refused_data_use(participant)
        self.may_contact = may_contact(participant)
        self.needs = None if self.refused else support_needs_of(participant)
        needs = self.needs
        if needs is not None:
            self.access = needs.access_labels
            self.availability = needs.availability_labels


@login_required
@never_cache
@require_GET
@kept_for_the_viewer("support-needs")
def needs_summary(request, slug):
    project = get_project(request, slug, "participants.view_needs_summary")
    people = needs_visible_to(request.user, project)
    # The numbers count everyone; the table shows a page of the people asked for.
    counts = needs_counts(people)
    search = PeopleSearchForm(request.GET)
    page = paged_ids_first(
        request,
        needs_table(people, **search.terms()),
        count=None if search.is_searching else counts["everyone"],
    )
    for person in page:
        person.project = project  # already fetched; keeps the permission checks query-free
    # The query already narrows to the right people; the permission has the final say. Everyone
    # listed is someone this user plans support for, so they may type in the needs of anyone
    # taking part offline.
    page.object_list = [
        NeedsRow(person, person.user_id is None)
        for person in page
        if request.user.has_perm("participants.view_support_needs", person)
    ]
    member = membership(request.user, project)
    return render(
        request,
        "participants/supportneeds_summary.html",
        {
            "project": project,
            "rows": page,
            "everyone": counts["everyone"],
            "search": search,
            "counts": counts,
            "refused": counts["refused"],
            "only_invitees": member.role not in (Role.LEAD, Role.FACILITATOR),
            "paper_form_url": reverse("needs:consent_print", kwargs={"slug": project.slug}),
        },
    )
