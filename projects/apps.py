from django.apps import AppConfig


class ProjectsConfig(AppConfig):
    name = "projects"
    verbose_name = "Projects"

    def ready(self):
        from projects import checks  # noqa: F401  (registers the system checks)
        from projects.registries.overview_sections import Place, sections
        from projects.registries.project_menu import project_menu, register_project_pages
        from projects.registries.project_tasks import COUNTS, TASKS
        from projects.registries.stage_tasks import registry
        from projects.retention.records import register as register_retention
        from projects.selectors.outcomes import outcomes_waiting_for

        registry.add_all(counts=COUNTS, tasks=TASKS)
        register_project_pages(project_menu)
        register_retention()
        sections.add(
            key="outcomes_waiting",
            place=Place.NOW,
            template="projects/includes/overview_outcomes_waiting.html",
            build=outcomes_waiting_for,
            order=30,
        )
