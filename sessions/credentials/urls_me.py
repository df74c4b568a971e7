from django.urls import path

from sessions.credentials.views import mine

app_name = "my_credentials"

# Mounted at /me/credentials/: a person's own Open Badges, to download.
urlpatterns = [
    path("<str:public_id>.jwt", mine.credential_download, name="download"),
    path("<str:public_id>.json", mine.credential_readable, name="readable"),
]
