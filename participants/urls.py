"""Pages about the people in one project, under /projects/<slug>/people/."""

from django.urls import path

from participants.views import (
    invitations,
    join_settings,
    membership,
    messages,
    network,
    sign_in_cards,
)

app_name = "participants"

urlpatterns = [
    path("", membership.people, name="people"),
    path("invite/", invitations.invite, name="invite"),
    path("network/", network.network, name="network"),
    path("letters/", messages.letters, name="letters"),
    path("letters/print/", messages.letters_pdf, name="letters_pdf"),
    path("letters/posted/", messages.letters_posted, name="letters_posted"),
    path(
        "invitations/<int:pk>/card/",
        invitations.invitation_card,
        name="invitation_card",
    ),
    path(
        "invitations/<int:pk>/cancel/",
        invitations.invitation_revoke_view,
        name="invitation_revoke",
    ),
    path(
        "invitations/<int:pk>/send-again/",
        invitations.invitation_resend_view,
        name="invitation_resend",
    ),
    path("settings/", join_settings.people_settings, name="settings"),
    path("settings/new-link/", join_settings.open_join_new_code, name="open_join_new_code"),
    path("settings/poster/", join_settings.join_poster, name="join_poster"),
    path("offline/new/", membership.add_offline, name="add_offline"),
    path("waiting/", membership.waiting, name="waiting"),
    path("<int:pk>/", membership.person, name="person"),
    path("<int:pk>/role/", membership.person_role, name="person_role"),
    path("<int:pk>/leave/", membership.person_leave, name="person_leave"),
    path("<int:pk>/bring-back/", membership.person_bring_back, name="person_bring_back"),
    path("<int:pk>/code/", invitations.person_code, name="person_code"),
    path("<int:pk>/sign-in-card/", sign_in_cards.sign_in_card_new, name="sign_in_card"),
    path(
        "<int:pk>/working-group/",
        membership.person_working_group,
        name="person_working_group",
    ),
    path("<int:pk>/approve/", membership.approve, name="approve"),
    path("<int:pk>/decline/", membership.decline, name="decline"),
]
