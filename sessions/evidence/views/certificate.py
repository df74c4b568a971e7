from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_GET

from participants.models import Participant
from projects.access import get_participant, get_project
from projects.roles import MemberStatus
from projects.views.kept_pages import kept_for_the_person
from sessions.credentials.selectors.credentials import for_certificate
from sessions.evidence.selectors.certificate import certificate_for


@login_required
@require_GET
@kept_for_the_person("my-certificate")
def my_certificate(request, slug):
    """A person's own certificate of involvement in one project, to print or save as a PDF."""
    # Someone who has left still owns the record of what they did.
    participant = get_object_or_404(
        Participant.objects.select_related("project"),
        user=request.user,
        project__slug=slug,
        status__in=[MemberStatus.ACTIVE, MemberStatus.LEFT],
    )
    context = {
        "certificate": certificate_for(participant),
        "own": True,
        "credentials": for_certificate(participant),
    }
    return render(request, "evidence/certificate.html", context)


@login_required
@require_GET
def person_certificate(request, slug, pk):
    """A lead prints the certificate for someone, e.g. someone taking part offline."""
    project = get_project(request, slug)
    participant = get_participant(request, project, pk, "participants.manage_people")
    return render(
        request, "evidence/certificate.html", {"certificate": certificate_for(participant)}
    )
