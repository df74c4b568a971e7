"""The demo's chapter of Open Badges: Jay finished the first starter training, and kept it as
an Open Badge anyone can check."""

from datetime import timedelta

from django.utils import timezone

from sessions.credentials.services.credentials import credential_issue_for_training
from sessions.models import Completion, TrainingModule


def chapter_credentials(project, jay):
    module = TrainingModule.objects.filter(project=project).order_by("pk").first()
    if module is None:
        return None
    completion, _ = Completion.objects.get_or_create(
        module=module,
        participant=jay,
        defaults={"completed_at": timezone.now() - timedelta(days=12)},
    )
    return credential_issue_for_training(completion=completion, by=jay.user)
