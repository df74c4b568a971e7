from django.core import checks
from django.urls import NoReverseMatch, reverse


@checks.register(checks.Tags.urls)
def check_stage_task_links(app_configs, **kwargs):
    """A task's link must lead somewhere: a typo would otherwise break every overview page."""
    from projects.registries.stage_tasks import registry

    errors = []
    for task in registry.all_tasks():
        if task.url_name is None:
            continue
        try:
            reverse(task.url_name, kwargs={"slug": "a-project"})
        except NoReverseMatch:
            errors.append(
                checks.Error(
                    f"The stage task “{task.key}” links to “{task.url_name}”, which is not a URL "
                    "name that takes a project slug.",
                    id="projects.E001",
                )
            )
    return errors
