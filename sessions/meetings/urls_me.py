from django.urls import path

from sessions.meetings.views import calendar

app_name = "calendar"

# Mounted at /me/: a person's sessions settings and private calendar feed.
urlpatterns = [
    path("sessions/", calendar.my_sessions, name="mine"),
    path("sessions/calendar/new/", calendar.feed_new, name="feed_new"),
    path("sessions/calendar/stop/", calendar.feed_revoke, name="feed_revoke"),
    path("sessions/reminders/", calendar.reminders_choice, name="reminders"),
    path("calendar/<str:token>.ics", calendar.feed, name="feed"),
]
