from django.urls import path

from projects import (
    views,
    views_decisions,
    views_funding,
    views_glossary,
    views_resources,
    views_settings,
    views_stage,
    views_updates,
)

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
    path("<slug:slug>/stage/", views_stage.project_stage, name="stage"),
    path("<slug:slug>/decisions/", views_decisions.decision_list, name="decisions"),
    path("<slug:slug>/decisions/new/", views_decisions.decision_new, name="decision_new"),
    path(
        "<slug:slug>/decisions/<int:pk>/edit/",
        views_decisions.decision_edit,
        name="decision_edit",
    ),
    path("<slug:slug>/glossary/", views_glossary.project_glossary, name="glossary"),
    path("<slug:slug>/glossary/new/", views_glossary.glossary_new, name="glossary_new"),
    path("<slug:slug>/glossary/<int:pk>/edit/", views_glossary.glossary_edit, name="glossary_edit"),
    path(
        "<slug:slug>/glossary/<int:pk>/delete/",
        views_glossary.glossary_delete,
        name="glossary_delete",
    ),
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
