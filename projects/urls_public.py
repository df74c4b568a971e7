from django.urls import path

from projects.views import public

app_name = "public"

urlpatterns = [
    path("<slug:slug>/", public.project, name="project"),
]
