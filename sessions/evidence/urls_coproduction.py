from django.urls import path

from sessions.evidence.views import coproduction

app_name = "coproduction"

# Mounted at /projects/<slug>/co-production/.
urlpatterns = [
    path("", coproduction.coproduction, name="page"),
    path("rate/", coproduction.ladder_rate_view, name="rate"),
]
