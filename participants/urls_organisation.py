from django.urls import path

from participants.views import network

app_name = "organisation"

urlpatterns = [
    path("network/", network.organisation_network_page, name="network"),
]
