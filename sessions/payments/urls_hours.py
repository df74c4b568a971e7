from django.urls import path

from sessions.payments.views import hours

app_name = "hours"

# Mounted at /me/hours/.
urlpatterns = [
    path("", hours.my_hours, name="mine"),
    path("<slug:slug>/time-sheet.pdf", hours.my_time_sheet, name="time_sheet"),
]
