"""Anonymous ratings on the ladder of participation.

The rating row keeps the role and the month only; a separate row says that the person has
rated, so they rate once. Nothing joins the two.
"""

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone

from projects.freshness import project_changed
from projects.models import LadderRater, LadderRating

ALREADY = (
    "You have already given your rating for this project. Ratings are anonymous, so they "
    "cannot be changed afterwards."
)


def ladder_rate(*, project, user, role, rung):
    today = timezone.localdate()
    try:
        with transaction.atomic():
            LadderRater.objects.create(project=project, user=user, rated_on=today)
            LadderRating.objects.create(
                project=project, role=role, rung=rung, month=today.replace(day=1)
            )
            project_changed(project)
    except IntegrityError as error:
        raise ValidationError(ALREADY) from error
