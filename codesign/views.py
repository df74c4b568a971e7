from django.conf import settings
from django.http import Http404, HttpResponseServerError
from django.shortcuts import render
from django.template import loader
from django.views.decorators.http import require_GET

from codesign.styleguide import styleguide_context


def page_not_found(request, exception):
    return render(request, "404.html", status=404)


def server_error(request):
    # No context processors: they may be what failed.
    return HttpResponseServerError(loader.get_template("500.html").render())


@require_GET
def styleguide(request):
    """Every shared component in each state; for developers (DEBUG) and staff only."""
    if not (settings.DEBUG or request.user.is_staff):
        raise Http404
    return render(request, "styleguide.html", styleguide_context(request))
