from django.apps import AppConfig


class ParticipantsConfig(AppConfig):
    name = "participants"
    verbose_name = "People"

    def ready(self):
        from participants.project_menu import register_people_pages
        from participants.stage_tasks import register_people_tasks
        from projects.project_menu import project_menu
        from projects.stage_tasks import registry

        register_people_tasks(registry)
        register_people_pages(project_menu)
