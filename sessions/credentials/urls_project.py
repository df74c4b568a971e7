from django.urls import path

from sessions.credentials.views import issued, mine

app_name = "project_credentials"

# Mounted at /projects/<slug>/credentials/.
urlpatterns = [
    path("", issued.credential_list, name="list"),
    path("<int:pk>/revoke/", issued.credential_revoke_page, name="revoke"),
    path("training/<int:pk>/", mine.training_credential_new, name="training"),
]
