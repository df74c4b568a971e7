from django.urls import path

from sessions.evidence.views import certificate, report

app_name = "report"

# Mounted at /projects/<slug>/report/.
urlpatterns = [
    path("", report.report, name="page"),
    path("sessions.csv", report.sessions_csv, name="sessions_csv"),
    path("outcomes.csv", report.outcomes_csv, name="outcomes_csv"),
    path("feedback.csv", report.feedback_csv, name="feedback_csv"),
    path("<slug:section>/edit/", report.report_section_edit, name="edit"),
    path("certificates/<int:pk>/", certificate.person_certificate, name="person_certificate"),
]
