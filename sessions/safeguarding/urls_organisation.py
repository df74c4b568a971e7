from django.urls import path

from sessions.safeguarding.views import organisation

app_name = "organisation_safeguarding"

# Mounted at /organisations/<slug>/.
urlpatterns = [
    path("safeguarding-leads/", organisation.safeguarding_leads, name="leads"),
    path("concerns/", organisation.concerns, name="concerns"),
]
