from django.conf import settings
from django.core import checks


@checks.register(checks.Tags.security, deploy=True)
def check_email_is_delivered(app_configs, **kwargs):
    if settings.EMAIL_BACKEND.endswith("console.EmailBackend"):
        return [
            checks.Warning(
                "Email is only printed to the console, so invitations and sign-in codes "
                "reach nobody.",
                hint="Set EMAIL_HOST (and EMAIL_HOST_USER, EMAIL_HOST_PASSWORD) for production.",
                id="codesign.W001",
            )
        ]
    return []


@checks.register(checks.Tags.security, deploy=True)
def check_tasks_run_outside_requests(app_configs, **kwargs):
    if settings.TASK_BACKEND != "database":
        return [
            checks.Warning(
                "Emails and reminders are sent inside web requests.",
                hint="Set TASK_BACKEND=database and run `manage.py db_worker` beside the web "
                "processes.",
                id="codesign.W002",
            )
        ]
    return []


@checks.register(checks.Tags.caches, deploy=True)
def check_cache_is_shared(app_configs, **kwargs):
    from codesign.runtime.infrastructure import PER_PROCESS_CACHES

    if not settings.DEBUG and settings.CACHES["default"]["BACKEND"] in PER_PROCESS_CACHES:
        return [
            checks.Warning(
                "The cache lives inside each web process, so limits on sign-in attempts, new "
                "accounts and wrong join codes count separately in every process and server.",
                hint="Set CACHE_URL to a redis:// address (or to database, then run "
                "`manage.py createcachetable`).",
                id="codesign.W003",
            )
        ]
    return []


@checks.register()
def check_media_is_not_static(app_configs, **kwargs):
    media, static = settings.MEDIA_ROOT, settings.STATIC_ROOT
    if media and static and str(media).rstrip("/") == str(static).rstrip("/"):
        return [
            checks.Error(
                "MEDIA_ROOT and STATIC_ROOT are the same folder, so private uploads would be "
                "served to anyone.",
                id="codesign.E001",
            )
        ]
    return []
