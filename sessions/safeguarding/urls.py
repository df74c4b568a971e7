from django.urls import path

from sessions.safeguarding.views import concerns, how_was_today, leads, safety_info, vetting

app_name = "safeguarding"

# Mounted at /projects/<slug>/safeguarding/.
urlpatterns = [
    path("", concerns.concern_list, name="home"),
    path("worried/", concerns.concern_new, name="raise"),
    path("worried/sent/", concerns.concern_received, name="received"),
    path("leads/", leads.leads_edit, name="leads"),
    path("vetting/", vetting.vetting_list, name="vetting"),
    path("vetting/new/", vetting.vetting_new, name="vetting_new"),
    path("concerns/<int:pk>/", concerns.concern_detail, name="concern"),
    path("concerns/<int:pk>/action/", concerns.concern_action_new, name="action_new"),
    path("concerns/<int:pk>/referral/", concerns.referral_new, name="referral_new"),
    path(
        "concerns/<int:pk>/referrals/<int:referral_pk>/made/",
        concerns.referral_made,
        name="referral_made",
    ),
    path("concerns/<int:pk>/close/", concerns.concern_close, name="close"),
    path("sessions/<int:pk>/my-safety-info/", safety_info.safety_info_mine, name="safety_mine"),
    path(
        "sessions/<int:pk>/my-safety-info/delete/",
        safety_info.safety_info_delete,
        name="safety_delete",
    ),
    path("sessions/<int:pk>/safety-info/", safety_info.safety_info_list, name="safety_list"),
    path("sessions/<int:pk>/how-was-today/", how_was_today.how_was_today, name="today"),
]
