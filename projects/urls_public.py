from django.urls import path

from projects import views_public

app_name = "public"

urlpatterns = [
    path("<slug:slug>/", views_public.project, name="project"),
]
