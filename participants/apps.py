from django.apps import AppConfig


class ParticipantsConfig(AppConfig):
    name = "participants"
    verbose_name = "People"

    def ready(self):
        from participants.stage_tasks import register_people_tasks
        from projects.stage_tasks import registry

        register_people_tasks(registry)
