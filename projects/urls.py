from django.urls import path

from projects import views, views_decisions, views_glossary, views_stage

app_name = "projects"

urlpatterns = [
    path("", views.project_list, name="list"),
    path("new/", views.project_new, name="new"),
    path("<slug:slug>/", views.project_detail, name="detail"),
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
]
