"""Support needs and consent inside a project, under /projects/<slug>/."""

from django.urls import path

from participants.views import consent, needs

app_name = "needs"

urlpatterns = [
    path("welcome/", consent.welcome, name="welcome"),
    path("my-needs/", needs.my_needs, name="my_needs"),
    path("needs/", needs.needs_summary, name="summary"),
    path("needs/<int:participant_id>/", needs.record_needs, name="record"),
    path("consent/", consent.consent_change, name="consent"),
    path("consent/paper-form/", consent.consent_print, name="consent_print"),
    path("consent/paper/<int:participant_id>/", consent.consent_paper, name="consent_paper"),
]
