import datetime

from django.utils import timezone
from django_tasks import task

from projects.retention.run import retention_apply


@task()
def apply_retention_schedule(*, on=None):
    """Warn people and remove what the retention schedule says is due (see
    projects/retention/run.py). Run once a day; safe to run again. Returns how many went."""
    day = datetime.date.fromisoformat(on) if on else timezone.localdate()
    return sum(line.removed for line in retention_apply(on=day))
