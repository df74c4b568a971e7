from django.apps import AppConfig


class WorkshopsConfig(AppConfig):
    # django.contrib.sessions already owns the "sessions" label.
    name = "sessions"
    label = "workshops"
    verbose_name = "Sessions and prototypes"
