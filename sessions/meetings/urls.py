from django.urls import path

from sessions.meetings.views import (
    calendar,
    checkin,
    disruption,
    offline,
    photos,
    polls,
    replies,
    sessions,
)
from sessions.prototypes.views import pitches

app_name = "sessions"

# Mounted at /projects/<slug>/sessions/.
urlpatterns = [
    path("", sessions.session_list, name="list"),
    path("new/", sessions.session_new, name="new"),
    path("<int:pk>/", sessions.session_detail, name="detail"),
    path("<int:pk>.ics", calendar.session_ics, name="ics"),
    path("<int:pk>/edit/", sessions.session_edit, name="edit"),
    path("<int:pk>/notes/", sessions.session_notes, name="notes"),
    path("<int:pk>/disrupt/", disruption.session_disrupt, name="disrupt"),
    path("<int:pk>/reply/", replies.reply, name="reply"),
    path("<int:pk>/replies/record/", replies.reply_record, name="reply_record"),
    path("<int:pk>/check-in/", checkin.checkin, name="checkin"),
    path("<int:pk>/attendance/", checkin.attendance_list, name="attendance"),
    path("<int:pk>/sent-later/", offline.offline_action, name="sent_later"),
    path("<int:pk>/photos/new/", photos.photo_new, name="photo_new"),
    path("<int:pk>/photos/<int:photo_pk>/", photos.photo_file, name="photo"),
    path(
        "<int:pk>/photos/<int:photo_pk>/small/",
        photos.photo_file,
        {"size": "small"},
        name="photo_small",
    ),
    path("<int:pk>/photos/<int:photo_pk>/delete/", photos.photo_delete, name="photo_delete"),
    path("<int:pk>/pitch/", pitches.pitch_detail, name="pitch"),
    path("<int:pk>/pitch/ideas/<int:idea_pk>/score/", pitches.pitch_score, name="pitch_score"),
    path("times/new/", polls.poll_new, name="poll_new"),
    path("times/<int:pk>/", polls.poll_detail, name="poll"),
    path("times/<int:pk>/pick/", polls.poll_pick, name="poll_pick"),
]
