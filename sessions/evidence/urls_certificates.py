from django.urls import path

from sessions.credentials.views import mine
from sessions.evidence.views import certificate

app_name = "certificate"

# Mounted at /me/certificates/: a person's own certificates of involvement.
urlpatterns = [
    path("<slug:slug>/", certificate.my_certificate, name="mine"),
    path("<slug:slug>/open-badge/", mine.involvement_credential_new, name="open_badge"),
]
