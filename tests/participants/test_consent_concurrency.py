"""Two answers sent at the same moment never leave two answers in force."""

import threading

import pytest
from django.db import connection

from participants.models import Consent, SupportNeeds
from participants.services.consent import consents_give
from participants.services.needs import support_needs_save
from tests.factories import ParticipantFactory


def run_together(*calls):
    barrier = threading.Barrier(len(calls))
    errors = []

    def worker(call):
        try:
            barrier.wait()
            call()
        except Exception as error:
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=worker, args=(call,)) for call in calls]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors, errors


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_two_photo_answers_at_once_leave_one_in_force():
    person = ParticipantFactory()
    for _ in range(5):
        run_together(
            lambda: consents_give(participant=person, answers={"photos": "public"}),
            lambda: consents_give(participant=person, answers={"photos": "inside"}),
        )
        assert Consent.objects.filter(participant=person, withdrawn_at=None).count() == 1


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_two_first_saves_of_support_needs_at_once_make_one_row():
    person = ParticipantFactory()
    run_together(
        lambda: support_needs_save(participant=person, childcare=True),
        lambda: support_needs_save(participant=person, travel=True),
    )
    assert SupportNeeds.objects.filter(participant=person).count() == 1
