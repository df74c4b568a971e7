from django.db import migrations, models
from django.db.models import Q

import participants.identity.codes


def give_everyone_a_card_code(apps, schema_editor):
    Participant = apps.get_model("participants", "Participant")
    empty = Q(card_code=None) | Q(card_code="")
    taken = set(Participant.objects.exclude(empty).values_list("card_code", flat=True))
    for participant in Participant.objects.filter(empty).only("pk"):
        code = participants.identity.codes.new_card_code()
        while code in taken:
            code = participants.identity.codes.new_card_code()
        taken.add(code)
        Participant.objects.filter(pk=participant.pk).update(card_code=code)


class Migration(migrations.Migration):
    dependencies = [("participants", "0003_participant_status_declined")]

    operations = [
        migrations.AddField(
            model_name="participant",
            name="card_code",
            field=models.CharField(max_length=16, null=True),
        ),
        migrations.RunPython(give_everyone_a_card_code, migrations.RunPython.noop),
        migrations.AlterField(
            model_name="participant",
            name="card_code",
            field=models.CharField(
                default=participants.identity.codes.new_card_code, max_length=16, unique=True
            ),
        ),
    ]
