from django.apps import AppConfig


class ProjectsConfig(AppConfig):
    name = "projects"
    verbose_name = "Projects"

    def ready(self):
        from projects import checks  # noqa: F401  (registers the system checks)
        from projects.project_menu import project_menu, register_project_pages
        from projects.stage_tasks import register_project_tasks, registry

        register_project_tasks(registry)
        register_project_pages(project_menu)
