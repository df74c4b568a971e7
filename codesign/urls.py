from django.contrib import admin
from django.urls import include, path
from django.views.generic import TemplateView

from participants import views_join
from projects import views as project_views

urlpatterns = [
    path("", project_views.home, name="home"),
    path("accounts/", include("allauth.urls")),
    path("projects/", include("projects.urls")),
    path("projects/<slug:slug>/people/", include("participants.urls")),
    path("join/", views_join.join, name="join"),
    path("join/<str:code>/", views_join.join_code, name="join_code"),
    path(
        "accessibility/",
        TemplateView.as_view(template_name="accessibility.html"),
        name="accessibility",
    ),
    path("admin/", admin.site.urls),
]

handler404 = "codesign.views.page_not_found"
handler500 = "codesign.views.server_error"
