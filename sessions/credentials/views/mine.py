"""A person gets the Open Badge for what they did, and downloads it: only their own."""

import json

import jwt
import rules
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.views.decorators.http import require_GET, require_POST

from participants.models import Participant
from projects.access import get_own_place, get_project_object
from projects.roles import MemberStatus
from sessions.credentials.selectors.credentials import own_credential
from sessions.credentials.services.credentials import (
    credential_issue_for_involvement,
    credential_issue_for_training,
)
from sessions.evidence.selectors.certificate import certificate_for
from sessions.models import Completion
from sessions.training.selectors import modules as training_reads

MADE = "Your Open Badge is ready. Download it below, or share its link."


@login_required
@require_POST
def training_credential_new(request, slug, pk):
    project, member = get_own_place(request, slug, "workshops.view_training")
    module = get_project_object(
        request, project, training_reads.module_for_page(project), "workshops.view_module", pk=pk
    )
    completion = Completion.objects.filter(module=module, participant=member).first()
    if completion is None:
        messages.error(request, "Finish the training first; then you can get its Open Badge.")
        return redirect(module.get_absolute_url())
    completion.module = module
    completion.participant = member
    credential_issue_for_training(completion=completion, by=request.user)
    messages.success(request, MADE)
    return redirect(module.get_absolute_url() + "#open-badge")


@login_required
@require_POST
def involvement_credential_new(request, slug):
    # Someone who has left still owns the record of what they did.
    participant = get_object_or_404(
        Participant.objects.select_related("project", "user"),
        user=request.user,
        project__slug=slug,
        status__in=[MemberStatus.ACTIVE, MemberStatus.LEFT],
    )
    credential_issue_for_involvement(
        participant=participant, by=request.user, certificate=certificate_for(participant)
    )
    messages.success(request, MADE)
    return redirect("certificate:mine", slug=slug)


def _own(request, public_id):
    credential = own_credential(request.user, public_id)
    if credential is None or not rules.has_perm(
        "workshops.download_credential", request.user, credential
    ):
        raise Http404("No such credential of yours.")
    return credential


def _download(body, credential, extension, content_type):
    response = HttpResponse(body, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{credential.filename}.{extension}"'
    response["Cache-Control"] = "private, no-store"
    return response


@login_required
@require_GET
def credential_download(request, public_id):
    """The signed credential, to keep or add to a wallet: the file anyone can check."""
    credential = _own(request, public_id)
    return _download(credential.token, credential, "jwt", "application/jwt")


@login_required
@require_GET
def credential_readable(request, public_id):
    """The same credential as readable JSON (the signature checks only in the .jwt)."""
    credential = _own(request, public_id)
    payload = jwt.decode(credential.token, options={"verify_signature": False})
    body = json.dumps(payload, indent=2, ensure_ascii=False)
    return _download(body, credential, "json", "application/json")
