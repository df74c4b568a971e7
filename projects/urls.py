from django.urls import path

from projects.retention.views import privacy
from projects.views import (
    decisions,
    funding,
    glossary,
    outcome_photos,
    outcomes,
    projects,
    reflections,
    resources,
    stage,
    updates,
)

app_name = "projects"

urlpatterns = [
    path("", projects.project_list, name="list"),
    path("new/", projects.project_new, name="new"),
    path("<slug:slug>/", projects.project_detail, name="detail"),
    path("<slug:slug>/edit/", projects.project_edit, name="edit"),
    path("<slug:slug>/updates/", updates.update_list, name="updates"),
    path("<slug:slug>/updates/new/", updates.update_new, name="update_new"),
    path("<slug:slug>/updates/<int:pk>/edit/", updates.update_edit, name="update_edit"),
    path("<slug:slug>/updates/<int:pk>/delete/", updates.update_delete, name="update_delete"),
    path("<slug:slug>/resources/", resources.resource_list, name="resources"),
    path("<slug:slug>/resources/new/", resources.resource_new, name="resource_new"),
    path(
        "<slug:slug>/resources/<int:pk>/edit/",
        resources.resource_edit,
        name="resource_edit",
    ),
    path(
        "<slug:slug>/resources/<int:pk>/delete/",
        resources.resource_delete,
        name="resource_delete",
    ),
    path(
        "<slug:slug>/resources/<int:pk>/download/",
        resources.resource_download,
        name="resource_download",
    ),
    path("<slug:slug>/stage/", stage.project_stage, name="stage"),
    path("<slug:slug>/privacy/", privacy.privacy, name="privacy"),
    path("<slug:slug>/privacy/hold/", privacy.hold_place, name="privacy_hold"),
    path("<slug:slug>/privacy/hold/<int:pk>/lift/", privacy.hold_lift, name="privacy_hold_lift"),
    path("<slug:slug>/stage/history/", stage.stage_history, name="stage_history"),
    path("<slug:slug>/decisions/", decisions.decision_list, name="decisions"),
    path("<slug:slug>/decisions/new/", decisions.decision_new, name="decision_new"),
    path(
        "<slug:slug>/decisions/<int:pk>/edit/",
        decisions.decision_edit,
        name="decision_edit",
    ),
    path("<slug:slug>/outcomes/", outcomes.outcome_list, name="outcomes"),
    path("<slug:slug>/outcomes/new/", outcomes.outcome_new, name="outcome_new"),
    path("<slug:slug>/outcomes/<int:pk>/", outcomes.outcome_detail, name="outcome"),
    path("<slug:slug>/outcomes/<int:pk>/edit/", outcomes.outcome_edit, name="outcome_edit"),
    path("<slug:slug>/outcomes/<int:pk>/review/", outcomes.outcome_review, name="outcome_review"),
    path(
        "<slug:slug>/outcomes/<int:pk>/in-practice/",
        outcomes.outcome_in_practice,
        name="outcome_in_practice",
    ),
    path(
        "<slug:slug>/outcomes/<int:pk>/photos/new/",
        outcome_photos.photo_new,
        name="outcome_photo_new",
    ),
    path(
        "<slug:slug>/outcomes/<int:pk>/photos/<int:photo_pk>/",
        outcome_photos.photo_file,
        name="outcome_photo",
    ),
    path(
        "<slug:slug>/outcomes/<int:pk>/photos/<int:photo_pk>/small/",
        outcome_photos.photo_file,
        {"size": "small"},
        name="outcome_photo_small",
    ),
    path(
        "<slug:slug>/outcomes/<int:pk>/photos/<int:photo_pk>/remove/",
        outcome_photos.photo_remove,
        name="outcome_photo_remove",
    ),
    path("<slug:slug>/reflections/", reflections.reflections, name="reflections"),
    path("<slug:slug>/glossary/", glossary.project_glossary, name="glossary"),
    path("<slug:slug>/glossary/new/", glossary.glossary_new, name="glossary_new"),
    path("<slug:slug>/glossary/<int:pk>/edit/", glossary.glossary_edit, name="glossary_edit"),
    path(
        "<slug:slug>/glossary/<int:pk>/delete/",
        glossary.glossary_delete,
        name="glossary_delete",
    ),
    # Partners, funding and spending
    path("<slug:slug>/partners/", funding.partners, name="partners"),
    path("<slug:slug>/partners/add/", funding.partner_add, name="partner_add"),
    path("<slug:slug>/partners/<int:pk>/edit/", funding.partner_edit, name="partner_edit"),
    path(
        "<slug:slug>/partners/<int:pk>/remove/",
        funding.partner_remove,
        name="partner_remove",
    ),
    path("<slug:slug>/partners/funding.csv", funding.funding_csv, name="funding_csv"),
    path(
        "<slug:slug>/partners/funding/add/",
        funding.contribution_add,
        name="contribution_add",
    ),
    path(
        "<slug:slug>/partners/funding/<int:pk>/edit/",
        funding.contribution_edit,
        name="contribution_edit",
    ),
    path(
        "<slug:slug>/partners/funding/<int:pk>/delete/",
        funding.contribution_delete,
        name="contribution_delete",
    ),
    path("<slug:slug>/partners/spending/add/", funding.spend_add, name="spend_add"),
    path(
        "<slug:slug>/partners/spending/<int:pk>/edit/",
        funding.spend_edit,
        name="spend_edit",
    ),
    path(
        "<slug:slug>/partners/spending/<int:pk>/delete/",
        funding.spend_delete,
        name="spend_delete",
    ),
]
