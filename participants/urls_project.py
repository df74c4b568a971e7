"""Support needs and consent inside a project, under /projects/<slug>/."""

from django.urls import path

from participants import views_consent, views_needs

app_name = "needs"

urlpatterns = [
    path("welcome/", views_consent.welcome, name="welcome"),
    path("my-needs/", views_needs.my_needs, name="my_needs"),
    path("needs/", views_needs.needs_summary, name="summary"),
    path("needs/<int:participant_id>/", views_needs.record_needs, name="record"),
    path("consent/", views_consent.consent_change, name="consent"),
    path("consent/paper-form/", views_consent.consent_print, name="consent_print"),
    path("consent/paper/<int:participant_id>/", views_consent.consent_paper, name="consent_paper"),
]
