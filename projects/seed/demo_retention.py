"""The demo's retention chapter: IRISS, which leads the project, keeps photos allowed in
reports for ten years, for the practice examples it publishes. Safe to run again."""

from projects.models import RetentionOverride


def chapter_retention(project, *, lead):
    partner = project.partners.select_related("organisation").get(organisation__name="IRISS")
    RetentionOverride.objects.update_or_create(
        organisation=partner.organisation,
        record_key="photos_reports",
        defaults={
            "months": 120,
            "reason": "Our practice examples use photos from the projects for ten years.",
            "changed_by": lead,
        },
    )
