from django.urls import path

from participants.views import network
from projects.retention.views import periods

app_name = "organisation"

urlpatterns = [
    path("network/", network.organisation_network_page, name="network"),
    path("records/", periods.organisation_records, name="records"),
    path("records/<str:key>/", periods.organisation_record_period, name="record_period"),
    path("records/<str:key>/usual/", periods.organisation_record_usual, name="record_usual"),
]
