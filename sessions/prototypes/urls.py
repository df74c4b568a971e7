from django.urls import path

from sessions.prototypes.views import comments, evaluations, moderation, prototypes
from sessions.prototypes.views import rounds as test_rounds

app_name = "prototypes"

# Mounted at /projects/<slug>/prototypes/.
urlpatterns = [
    path("", prototypes.prototype_list, name="list"),
    path("new/", prototypes.prototype_new, name="new"),
    path("comments-to-look-at/", moderation.moderation_list, name="moderation"),
    path("<int:pk>/", prototypes.prototype_detail, name="detail"),
    path("<int:pk>/edit/", prototypes.prototype_edit, name="edit"),
    path("<int:pk>/versions/new/", prototypes.version_new, name="version_new"),
    path("<int:pk>/pictures/new/", prototypes.image_new, name="image_new"),
    path("<int:pk>/pictures/<int:image_pk>/", prototypes.image_file, name="image"),
    path(
        "<int:pk>/pictures/<int:image_pk>/small/",
        prototypes.image_file,
        {"size": "small"},
        name="image_small",
    ),
    path("<int:pk>/decision/", prototypes.decision_new, name="decide"),
    path("<int:pk>/outcome/new/", prototypes.prototype_outcome_new, name="outcome_new"),
    path("<int:pk>/comments/", comments.comment_post, name="comment"),
    path("<int:pk>/comments/<int:comment_pk>/edit/", comments.comment_edit, name="comment_edit"),
    path(
        "<int:pk>/comments/<int:comment_pk>/delete/", comments.comment_delete, name="comment_delete"
    ),
    path("<int:pk>/comments/<int:comment_pk>/report/", moderation.comment_report, name="report"),
    path("<int:pk>/comments/<int:comment_pk>/hide/", moderation.comment_hide, name="hide"),
    path("<int:pk>/comments/<int:comment_pk>/show/", moderation.comment_show_again, name="show"),
    path(
        "<int:pk>/comments/<int:comment_pk>/look-again/",
        moderation.comment_review_ask,
        name="look_again",
    ),
    path("<int:pk>/sheets/new/", evaluations.sheet_new, name="sheet_new"),
    path("<int:pk>/test-rounds/new/", test_rounds.round_new, name="round_new"),
    path("<int:pk>/test-rounds/<int:round_pk>/", test_rounds.round_detail, name="round"),
]
