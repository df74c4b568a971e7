import django.utils.timezone
from django.db import migrations, models

import projects.models.outcomes


def keep_only_the_month(apps, schema_editor):
    """Each reflection keeps the month it was written in, and nothing finer."""
    Reflection = apps.get_model("projects", "Reflection")
    for reflection in Reflection.objects.only("pk", "created_at"):
        month = django.utils.timezone.localtime(reflection.created_at).date().replace(day=1)
        Reflection.objects.filter(pk=reflection.pk).update(written_in=month)


class Migration(migrations.Migration):
    dependencies = [
        ("projects", "0011_pictures_share_one_rule"),
    ]

    operations = [
        migrations.AddField(
            model_name="reflection",
            name="written_in",
            field=models.DateField(default=projects.models.outcomes.this_month),
        ),
        migrations.RunPython(keep_only_the_month, migrations.RunPython.noop),
        migrations.RemoveField(
            model_name="reflection",
            name="created_at",
        ),
        migrations.AlterModelOptions(
            name="reflection",
            options={"ordering": ["-written_in", "-pk"]},
        ),
    ]
