from django.urls import path

from sessions.evidence.views import certificate

app_name = "certificate"

# Mounted at /me/certificates/: a person's own certificates of involvement.
urlpatterns = [path("<slug:slug>/", certificate.my_certificate, name="mine")]
