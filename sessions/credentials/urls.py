from django.urls import path

from sessions.credentials.views import public

app_name = "credentials"

# Mounted at /credentials/: open to anyone, signed in or not.
urlpatterns = [
    path("verify/", public.credential_verify, name="verify"),
    path("keys.json", public.keys, name="keys"),
    path("issuers/<int:pk>/", public.issuer, name="issuer"),
    path("<str:public_id>/", public.credential_check, name="check"),
    path("<str:public_id>/status.json", public.credential_status, name="status"),
]
