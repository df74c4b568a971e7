from django.urls import path

from projects import views, views_resources, views_settings, views_updates

app_name = "projects"

urlpatterns = [
    path("", views.project_list, name="list"),
    path("new/", views.project_new, name="new"),
    path("<slug:slug>/", views.project_detail, name="detail"),
    path("<slug:slug>/edit/", views_settings.project_edit, name="edit"),
    path("<slug:slug>/updates/", views_updates.update_list, name="updates"),
    path("<slug:slug>/updates/new/", views_updates.update_new, name="update_new"),
    path("<slug:slug>/updates/<int:pk>/edit/", views_updates.update_edit, name="update_edit"),
    path("<slug:slug>/updates/<int:pk>/delete/", views_updates.update_delete, name="update_delete"),
    path("<slug:slug>/resources/", views_resources.resource_list, name="resources"),
    path("<slug:slug>/resources/new/", views_resources.resource_new, name="resource_new"),
    path(
        "<slug:slug>/resources/<int:pk>/edit/",
        views_resources.resource_edit,
        name="resource_edit",
    ),
    path(
        "<slug:slug>/resources/<int:pk>/delete/",
        views_resources.resource_delete,
        name="resource_delete",
    ),
    path(
        "<slug:slug>/resources/<int:pk>/download/",
        views_resources.resource_download,
        name="resource_download",
    ),
]
