from django.urls import path

from sessions.training.views import deliveries, modules, steps, taking

app_name = "training"

# Mounted at /projects/<slug>/training/.
urlpatterns = [
    path("", modules.module_list, name="list"),
    path("new/", modules.module_new, name="new"),
    path("<int:pk>/", modules.module_detail, name="module"),
    path("<int:pk>/edit/", modules.module_edit, name="edit"),
    path("<int:pk>/publish/", modules.module_publish, name="publish"),
    path("<int:pk>/steps/new/", steps.step_new, name="step_new"),
    path("<int:pk>/steps/<int:step>/edit/", steps.step_edit, name="step_edit"),
    path("<int:pk>/steps/<int:step>/picture/new/", steps.step_picture_new, name="picture_new"),
    path("<int:pk>/steps/<int:step>/picture/", steps.step_picture, name="picture"),
    path(
        "<int:pk>/steps/<int:step>/picture/small/",
        steps.step_picture,
        {"size": "small"},
        name="picture_small",
    ),
    path("<int:pk>/start/", taking.module_start, name="start"),
    path("<int:pk>/take/<int:step>/", taking.module_take, name="take"),
    path("<int:pk>/finish/", taking.module_finish, name="finish"),
    path("<int:pk>/deliver/", deliveries.delivery_new, name="deliver"),
]
