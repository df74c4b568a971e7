"""The public side of Open Badges: anyone, signed in or not, checks a credential, and software
reads the key, the issuer and whether a credential is revoked."""

from allauth.account.adapter import get_adapter
from django.core.cache import cache
from django.http import JsonResponse
from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_GET, require_http_methods

from codesign.forms import submitted, submitted_files
from projects.models import Organisation
from sessions.credentials import document as doc
from sessions.credentials.forms.credentials import CheckForm
from sessions.credentials.keys import key_set
from sessions.credentials.models import Credential
from sessions.credentials.selectors.verify import verdict_for_link, verdict_for_token

# Checks from one address: plenty for an employer checking a pile of them, too few to hammer.
CHECKS_PER_WINDOW = 30
WINDOW_SECONDS = 10 * 60


def _json(data, content_type="application/json"):
    response = JsonResponse(data, content_type=content_type, json_dumps_params={"indent": 2})
    response["Access-Control-Allow-Origin"] = "*"  # wallets and verifiers read these
    return response


def _too_many_checks(request):
    key = f"credential-checks:{get_adapter(request).get_client_ip(request)}"
    cache.add(key, 0, WINDOW_SECONDS)
    try:
        return cache.incr(key) > CHECKS_PER_WINDOW
    except ValueError:  # expired between add and incr
        cache.set(key, 1, WINDOW_SECONDS)
        return False


@require_http_methods(["GET", "POST"])
def credential_verify(request):
    form = CheckForm(submitted(request), submitted_files(request))
    context, status = {"form": form}, 200
    if request.method == "POST":
        if _too_many_checks(request):
            context["too_many"] = True
            return render(request, "credentials/verify.html", context, status=429)
        if form.is_valid():
            context["verdict"] = verdict_for_token(form.cleaned_data["token"])
        else:
            status = 422
    return render(request, "credentials/verify.html", context, status=status)


@require_GET
def credential_check(request, public_id):
    credential = get_object_or_404(Credential, public_id=public_id)
    context = {"verdict": verdict_for_link(credential), "credential": credential}
    return render(request, "credentials/check.html", context)


@require_GET
def credential_status(request, public_id):
    """Open Badges' revocation list for one credential: empty unless it has been revoked."""
    credential = get_object_or_404(Credential, public_id=public_id)
    revoked = []
    if credential.is_revoked:
        revoked.append(
            {"id": doc.site_address(credential.get_absolute_url()), "revocationReason": "Revoked"}
        )
    return _json(
        {
            "id": doc.site_address(request.path),
            "issuer": credential.issuer_name,
            "revokedCredentials": revoked,
        }
    )


@require_GET
def keys(request):
    response = _json(key_set(), content_type="application/jwk-set+json")
    response["Cache-Control"] = "public, max-age=3600"
    return response


@require_GET
def issuer(request, pk):
    """The organisation as an Open Badges issuer: its name and website, nothing more, and only
    for an organisation in a project that has issued badges."""
    issuers = Organisation.objects.filter(partnerships__project__credentials__isnull=False)
    organisation = get_object_or_404(issuers.distinct(), pk=pk)
    profile = {"@context": doc.CONTEXT} | doc.issuer_profile(organisation, project=None)
    return _json(profile)
