from django.apps import AppConfig


class ProjectsConfig(AppConfig):
    name = "projects"
    verbose_name = "Projects"

    def ready(self):
        from projects import checks  # noqa: F401  (registers the system checks)
        from projects.stage_tasks import register_project_tasks, registry

        register_project_tasks(registry)
