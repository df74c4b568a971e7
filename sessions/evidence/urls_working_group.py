from django.urls import path

from sessions.evidence.views import offers, places, working_group

app_name = "working_group"

# Mounted at /projects/<slug>/working-group/.
urlpatterns = [
    path("", working_group.working_group, name="page"),
    path("join/", working_group.working_group_join_view, name="join"),
    path("leave/", working_group.working_group_leave_view, name="leave"),
    path("updates/new/", working_group.working_group_update_new, name="update_new"),
    path("hand-over/", offers.handover, name="handover"),
    path("places/new/", places.round_new, name="round_new"),
    path("places/<int:pk>/", places.round_detail, name="round"),
    path("places/<int:pk>/next/", places.round_next, name="round_next"),
    path("places/<int:pk>/apply/", places.round_apply, name="apply"),
    path("places/<int:pk>/withdraw/", places.round_withdraw, name="withdraw"),
    path("places/<int:pk>/decide/", offers.round_decide, name="decide"),
    path("places/<int:pk>/reply/", offers.offer_reply, name="reply"),
    path(
        "places/<int:pk>/applications/<int:application_pk>/",
        places.application_detail,
        name="application",
    ),
]
