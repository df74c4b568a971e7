import importlib

from participants.identity.codes import ALPHABET, CARD_CODE_LENGTH
from participants.models import Participant
from participants.services.membership import participant_add_offline
from tests.factories import ParticipantFactory

backfill = importlib.import_module("participants.migrations.0004_participant_card_code")


def test_everyone_gets_their_own_card_code_when_they_join_or_are_added_offline(cast):
    offline = participant_add_offline(
        project=cast.project, by=cast.lead, display_name="Kirsty", role="young_person"
    )
    codes = list(Participant.objects.values_list("card_code", flat=True))
    assert offline.card_code in codes
    assert len(set(codes)) == len(codes)
    assert all(len(c) == CARD_CODE_LENGTH and set(c) <= set(ALPHABET) for c in codes)
    assert offline.grouped_card_code == f"{offline.card_code[:4]}-{offline.card_code[4:]}"


def test_the_migration_gives_a_code_to_people_who_had_none(db):
    from django.apps import apps

    kept, empty = ParticipantFactory(), ParticipantFactory()
    Participant.objects.filter(pk=empty.pk).update(card_code="")
    backfill.give_everyone_a_card_code(apps, None)
    filled = Participant.objects.get(pk=empty.pk).card_code
    assert len(filled) == CARD_CODE_LENGTH and filled != kept.card_code
    assert Participant.objects.get(pk=kept.pk).card_code == kept.card_code
