from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_http_methods

from codesign.forms import submitted
from projects.access import check_access, get_project, get_project_object
from projects.predicates import membership
from sessions.models import Kind, Pitch, Session
from sessions.prototypes.forms.pitches import PitchForm, ScoreForm
from sessions.prototypes.selectors import pitches as reads
from sessions.prototypes.services import pitches as services


def _pitch_session(request, project, pk, perm="workshops.view_session"):
    session = get_project_object(request, project, Session.objects.all(), perm, pk=pk)
    if session.kind != Kind.PITCH:
        raise Http404("This session is not a pitch.")
    return session


@login_required
@require_http_methods(["GET", "POST"])
def pitch_detail(request, slug, pk):
    """The panel and the ideas; for planners, setting them up; for everyone, the results."""
    project = get_project(request, slug)
    session = _pitch_session(request, project, pk)
    pitch = Pitch.objects.filter(session=session).first()
    plans = request.user.has_perm("workshops.plan_session", session)
    if request.method == "POST" and not plans:
        raise PermissionDenied
    initial = {}
    if pitch is not None:
        initial = {
            "criteria": pitch.criteria,
            "ideas": pitch.ideas.all(),
            "judges": pitch.judges.all(),
        }
    form = PitchForm(submitted(request), project=project, initial=initial) if plans else None
    if request.method == "POST" and form.is_valid():
        services.pitch_set_up(session=session, by=request.user, **form.cleaned_data)
        messages.success(request, "The pitch is set up.")
        return redirect("sessions:pitch", slug=project.slug, pk=session.pk)
    judges = list(pitch.judges.all()) if pitch else []
    member = membership(request.user, project)
    context = {
        "project": project,
        "session": session,
        "pitch": pitch,
        "form": form,
        "make_up": reads.panel_make_up(judges),
        "checked_make_up": _make_up_of_choice(form),
        "results": reads.results(pitch) if pitch else None,
        "is_judge": member is not None and any(j.pk == member.pk for j in judges),
        "ideas": list(pitch.ideas.order_by("title")) if pitch else [],
    }
    return render(request, "prototypes/pitch_detail.html", context)


def _make_up_of_choice(form):
    """The panel being chosen, when the form came back with an error: warn about it too."""
    if form is None or not form.is_bound or "judges" not in getattr(form, "cleaned_data", {}):
        return None
    return reads.panel_make_up(list(form.cleaned_data["judges"]))


@login_required
@require_http_methods(["GET", "POST"])
def pitch_score(request, slug, pk, idea_pk):
    project = get_project(request, slug)
    session = _pitch_session(request, project, pk)
    pitch = get_object_or_404(Pitch, session=session)
    pitch.session = session
    check_access(request.user, pitch, "workshops.score_pitch")
    prototype = get_object_or_404(pitch.ideas.all(), pk=idea_pk)
    judge = membership(request.user, project)
    form = ScoreForm(submitted(request), criteria=pitch.criteria_list)
    status = 200
    if prototype.created_by_id == judge.pk:
        form = None
        status = 400 if request.method == "POST" else 200
    elif request.method == "POST" and form.is_valid():
        try:
            services.pitch_score(
                pitch=pitch,
                prototype=prototype,
                judge=judge,
                marks=form.marks(),
                comment=form.cleaned_data["comment"],
            )
        except ValidationError as refused:
            form.add_error(None, refused.messages[0])
            status = 400
        else:
            messages.success(request, f"Your scores for {prototype.title} are in.")
            return redirect("sessions:pitch", slug=project.slug, pk=session.pk)
    context = {
        "project": project,
        "session": session,
        "prototype": prototype,
        "form": form,
        "own_idea": services.OWN_IDEA if form is None else None,
    }
    return render(request, "prototypes/pitchscore_new.html", context, status=status)
