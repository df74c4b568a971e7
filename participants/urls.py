"""Pages about the people in one project, under /projects/<slug>/people/."""

from django.urls import path

from participants import views_invitations, views_people

app_name = "participants"

urlpatterns = [
    path("", views_people.people, name="people"),
    path("invite/", views_invitations.invite, name="invite"),
    path(
        "invitations/<int:pk>/card/",
        views_invitations.invitation_card,
        name="invitation_card",
    ),
    path(
        "invitations/<int:pk>/cancel/",
        views_invitations.invitation_revoke_view,
        name="invitation_revoke",
    ),
    path(
        "invitations/<int:pk>/send-again/",
        views_invitations.invitation_resend_view,
        name="invitation_resend",
    ),
    path("settings/", views_people.people_settings, name="settings"),
    path("settings/new-link/", views_people.open_join_new_code, name="open_join_new_code"),
    path("offline/new/", views_people.add_offline, name="add_offline"),
    path("waiting/", views_people.waiting, name="waiting"),
    path("<int:pk>/", views_people.person, name="person"),
    path("<int:pk>/role/", views_people.person_role, name="person_role"),
    path("<int:pk>/leave/", views_people.person_leave, name="person_leave"),
    path("<int:pk>/bring-back/", views_people.person_bring_back, name="person_bring_back"),
    path("<int:pk>/code/", views_people.person_code, name="person_code"),
    path(
        "<int:pk>/working-group/",
        views_people.person_working_group,
        name="person_working_group",
    ),
    path("<int:pk>/approve/", views_people.approve, name="approve"),
    path("<int:pk>/decline/", views_people.decline, name="decline"),
]
