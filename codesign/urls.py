from django.contrib import admin
from django.urls import include, path
from django.views.generic import TemplateView

from codesign.offline import views as offline
from participants.views import account, joining, messages, sign_in_cards, signup
from projects.views import glossary, projects, styleguide

urlpatterns = [
    path("", projects.home, name="home"),
    path("accounts/signup/", signup.signup, name="account_signup"),
    path("accounts/email/", account.email_addresses, name="account_email"),
    path("accounts/", include("allauth.urls")),
    path("projects/", include("projects.urls")),
    path("p/", include("projects.urls_public")),
    path("projects/<slug:slug>/", include("participants.urls_project")),
    path("me/", include("participants.urls_me")),
    path("me/", include("sessions.meetings.urls_me")),
    path("me/certificates/", include("sessions.evidence.urls_certificates")),
    path("me/hours/", include("sessions.payments.urls_hours")),
    path("organisations/<slug:slug>/", include("participants.urls_organisation")),
    path("organisations/<slug:slug>/", include("sessions.safeguarding.urls_organisation")),
    path("me/credentials/", include("sessions.credentials.urls_me")),
    path("credentials/", include("sessions.credentials.urls")),
    path("glossary/", glossary.glossary, name="glossary"),
    path("projects/<slug:slug>/people/", include("participants.urls")),
    path("projects/<slug:slug>/sessions/", include("sessions.meetings.urls")),
    path("projects/<slug:slug>/working-group/", include("sessions.evidence.urls_working_group")),
    path("projects/<slug:slug>/co-production/", include("sessions.evidence.urls_coproduction")),
    path("projects/<slug:slug>/report/", include("sessions.evidence.urls_report")),
    path("projects/<slug:slug>/payments/", include("sessions.payments.urls")),
    path("projects/<slug:slug>/training/", include("sessions.training.urls")),
    path("projects/<slug:slug>/credentials/", include("sessions.credentials.urls_project")),
    path("projects/<slug:slug>/prototypes/", include("sessions.prototypes.urls")),
    path("projects/<slug:slug>/safeguarding/", include("sessions.safeguarding.urls")),
    path("hooks/notify/", messages.notify_receipt, name="notify_receipt"),
    path("email/stop/<str:token>/", messages.email_stop, name="email_stop"),
    path("email/no-invitations/<str:token>/", messages.no_invitations, name="no_invitations"),
    path("join/", joining.join, name="join"),
    path("join/<str:code>/", joining.join_code, name="join_code"),
    path("sign-in/card/", sign_in_cards.sign_in_card_use, name="signin_card_use"),
    path(
        "accessibility/",
        TemplateView.as_view(template_name="accessibility.html"),
        name="accessibility",
    ),
    path("styleguide/", styleguide.styleguide, name="styleguide"),
    path("manifest.webmanifest", offline.manifest, name="manifest"),
    path("sw.js", offline.service_worker, name="service_worker"),
    path("offline/", offline.offline_page, name="offline"),
    path("admin/", admin.site.urls),
]

handler404 = "codesign.views.page_not_found"
handler500 = "codesign.views.server_error"
