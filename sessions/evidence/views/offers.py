"""The lead decides the places, the people offered one say yes or no, and members whose terms
end leave a note for the next members."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods, require_POST

from codesign.forms import submitted
from projects.access import get_own_place, get_project
from sessions.evidence.forms.places import DecideForm, HandoverForm
from sessions.evidence.selectors import places as reads
from sessions.evidence.services import offers as services
from sessions.evidence.views.places import own_application, round_get
from sessions.models import Application


@login_required
@require_http_methods(["GET", "POST"])
def round_decide(request, slug, pk):
    project = get_project(request, slug)
    places_round = round_get(request, project, pk, "workshops.decide_places")
    if places_round.decided_at is not None:
        messages.info(request, "These places have already been decided.")
        return redirect(places_round.get_absolute_url())
    waiting = reads.applications_for_panel(places_round).filter(status=Application.Status.APPLIED)
    form = DecideForm(submitted(request), places_round=places_round, waiting=waiting)
    if request.method == "POST" and form.is_valid():
        try:
            services.places_decide(
                places_round=places_round, by=request.user, offered=form.cleaned_data["offered"]
            )
        except ValidationError as error:
            form.add_error("offered", error)
        else:
            messages.success(request, "The places are decided. Everyone who applied has been told.")
            return redirect(places_round.get_absolute_url())
    status = 422 if request.method == "POST" else 200
    context = {"project": project, "round": places_round, "form": form, "waiting": waiting}
    return render(request, "evidence/places_decide.html", context, status=status)


@login_required
@require_POST
def offer_reply(request, slug, pk):
    places_round, application = own_application(request, slug, pk)
    answer = request.POST.get("answer")
    if answer not in ("yes", "no"):
        messages.error(request, "Choose yes or no to the place.")
        return redirect(places_round.get_absolute_url())
    try:
        services.offer_reply(application=application, accept=answer == "yes")
    except ValidationError as error:
        messages.error(request, error.messages[0])
    else:
        if answer == "yes":
            messages.success(request, "Welcome to the working group!")
        else:
            messages.success(request, "You have turned the place down. Thank you for applying.")
    return redirect(places_round.get_absolute_url())


@login_required
@require_http_methods(["GET", "POST"])
def handover(request, slug):
    """An outgoing member's note for the people who take their places."""
    project, member = get_own_place(request, slug, "workshops.write_handover")
    term = reads.current_term(member)
    if term is None:
        raise Http404("No term to hand over from.")
    form = HandoverForm(submitted(request), initial={"note": term.handover_note})
    if request.method == "POST" and form.is_valid():
        services.handover_note_write(term=term, note=form.cleaned_data["note"])
        messages.success(request, "Thank you. The next members will see your note.")
        return redirect("working_group:page", slug=project.slug)
    status = 422 if request.method == "POST" else 200
    context = {"project": project, "term": term, "form": form}
    return render(request, "evidence/places_handover.html", context, status=status)
