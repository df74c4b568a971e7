from django.urls import path

from projects import views, views_funding

app_name = "projects"

urlpatterns = [
    path("", views.project_list, name="list"),
    path("new/", views.project_new, name="new"),
    path("<slug:slug>/", views.project_detail, name="detail"),
    # Partners, funding and spending
    path("<slug:slug>/partners/", views_funding.partners, name="partners"),
    path("<slug:slug>/partners/add/", views_funding.partner_add, name="partner_add"),
    path("<slug:slug>/partners/<int:pk>/edit/", views_funding.partner_edit, name="partner_edit"),
    path(
        "<slug:slug>/partners/<int:pk>/remove/",
        views_funding.partner_remove,
        name="partner_remove",
    ),
    path("<slug:slug>/partners/funding.csv", views_funding.funding_csv, name="funding_csv"),
    path(
        "<slug:slug>/partners/funding/add/",
        views_funding.contribution_add,
        name="contribution_add",
    ),
    path(
        "<slug:slug>/partners/funding/<int:pk>/edit/",
        views_funding.contribution_edit,
        name="contribution_edit",
    ),
    path(
        "<slug:slug>/partners/funding/<int:pk>/delete/",
        views_funding.contribution_delete,
        name="contribution_delete",
    ),
    path("<slug:slug>/partners/spending/add/", views_funding.spend_add, name="spend_add"),
    path(
        "<slug:slug>/partners/spending/<int:pk>/edit/",
        views_funding.spend_edit,
        name="spend_edit",
    ),
    path(
        "<slug:slug>/partners/spending/<int:pk>/delete/",
        views_funding.spend_delete,
        name="spend_delete",
    ),
]
