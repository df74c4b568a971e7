"""Adding partners: organisations are shared and matched by name in any case; no doubles."""

import threading

import pytest
from django.db import connection

from projects.models import Organisation, Partner
from projects.services.funding import AlreadyPartner, organisation_find_or_create, partner_add
from tests.factories import ProjectFactory


def test_an_organisation_is_found_whatever_the_case(db):
    first = organisation_find_or_create(name="STAF", kind="charity")
    assert organisation_find_or_create(name="staf") == first
    assert Organisation.objects.count() == 1


def test_adding_a_partner_twice_raises_and_saves_nothing(db):
    project = ProjectFactory()
    partner_add(project=project, roles=["funder"], contact_name="Iain", name="STAF")
    with pytest.raises(AlreadyPartner):
        partner_add(project=project, roles=["venue"], contact_name="Iain", name="Staf")
    assert Partner.objects.get().roles == ["funder"]


def test_a_new_organisation_is_not_kept_when_the_partner_is_refused(db, monkeypatch):
    project = ProjectFactory()

    def refuse(**kwargs):
        raise AlreadyPartner(kwargs["organisation"])

    monkeypatch.setattr(Partner.objects, "create", refuse)
    with pytest.raises(AlreadyPartner):
        partner_add(project=project, roles=["funder"], contact_name="Ann", name="New Charity")
    assert not Organisation.objects.exists()


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_two_leads_adding_the_same_organisation_at_once_make_one_partner():
    project = ProjectFactory()
    results, barrier = [], threading.Barrier(2)

    def add():
        barrier.wait()
        try:
            partner_add(project=project, roles=["funder"], contact_name="Ann", name="Who Cares")
            results.append("added")
        except AlreadyPartner:
            results.append("refused")
        finally:
            connection.close()

    threads = [threading.Thread(target=add) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(results) == ["added", "refused"]
    assert Partner.objects.count() == 1
    assert Organisation.objects.count() == 1
