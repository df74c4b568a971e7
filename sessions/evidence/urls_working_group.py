from django.urls import path

from sessions.evidence.views import working_group

app_name = "working_group"

# Mounted at /projects/<slug>/working-group/.
urlpatterns = [
    path("", working_group.working_group, name="page"),
    path("join/", working_group.working_group_join_view, name="join"),
    path("leave/", working_group.working_group_leave_view, name="leave"),
    path("updates/new/", working_group.working_group_update_new, name="update_new"),
]
