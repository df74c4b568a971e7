import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models
from django.utils.text import slugify


def give_each_organisation_a_slug(apps, schema_editor):
    Organisation = apps.get_model("projects", "Organisation")
    used = set()
    for organisation in Organisation.objects.order_by("pk"):
        base = slugify(organisation.name)[:70] or "organisation"
        slug, n = base, 1
        while slug in used:
            n += 1
            slug = f"{base}-{n}"
        used.add(slug)
        organisation.slug = slug
        organisation.save(update_fields=["slug"])


class Migration(migrations.Migration):
    dependencies = [
        ("projects", "0014_retention_overrides_and_legal_holds"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.AddField(
            model_name="organisation",
            name="slug",
            field=models.SlugField(max_length=80, null=True, db_index=False),
        ),
        migrations.RunPython(give_each_organisation_a_slug, migrations.RunPython.noop),
        migrations.AlterField(
            model_name="organisation",
            name="slug",
            field=models.SlugField(max_length=80, unique=True),
        ),
        migrations.CreateModel(
            name="OrganisationMember",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                (
                    "is_lead",
                    models.BooleanField(
                        default=False,
                        help_text="Sees the organisation's network and invites people from it.",
                        verbose_name="leads the organisation's network",
                    ),
                ),
                ("added_at", models.DateTimeField(auto_now_add=True)),
                (
                    "organisation",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="members",
                        to="projects.organisation",
                    ),
                ),
                (
                    "user",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="organisation_places",
                        to=settings.AUTH_USER_MODEL,
                    ),
                ),
            ],
            options={
                "ordering": ["organisation__name", "-is_lead", "pk"],
                "constraints": [
                    models.UniqueConstraint(
                        fields=("organisation", "user"), name="organisation_member_once"
                    )
                ],
            },
        ),
    ]
