"""An organisation's address on the site is made from its name once, and never clashes; site
staff choose its network's leads in the admin."""

from projects.models import Organisation, OrganisationMember
from tests.factories import OrganisationFactory, UserFactory


def test_the_slug_comes_from_the_name_and_stays(db):
    organisation = OrganisationFactory(name="Argyll and Bute Council")
    assert organisation.slug == "argyll-and-bute-council"
    organisation.name = "Argyll & Bute Council"
    organisation.save()
    organisation.refresh_from_db()
    assert organisation.slug == "argyll-and-bute-council"


def test_names_that_make_the_same_slug_get_a_number(db):
    first = Organisation.objects.create(name="A & B")
    second = Organisation.objects.create(name="A B")
    third = Organisation.objects.create(name="A-B")
    assert [first.slug, second.slug, third.slug] == ["a-b", "a-b-2", "a-b-3"]


def test_a_name_with_no_letters_still_gets_an_address(db):
    assert Organisation.objects.create(name="!!!").slug == "organisation"


def test_site_staff_choose_its_leads_in_the_admin(db, client):
    staff = UserFactory(is_staff=True, is_superuser=True)
    organisation = OrganisationFactory(name="STAF")
    lead = UserFactory()
    client.force_login(staff)
    url = f"/admin/projects/organisation/{organisation.pk}/change/"
    body = client.get(url).content.decode()
    assert "leads the organisation" in body.lower() and "staf" in body
    response = client.post(
        url,
        {
            "name": "STAF",
            "kind": "charity",
            "website": "",
            "members-TOTAL_FORMS": "1",
            "members-INITIAL_FORMS": "0",
            "members-MIN_NUM_FORMS": "0",
            "members-MAX_NUM_FORMS": "1000",
            "members-0-user": str(lead.pk),
            "members-0-is_lead": "on",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    assert OrganisationMember.objects.leads().get().user == lead


def test_the_migration_gives_organisations_already_there_an_address(transactional_db):
    from django.db import connection
    from django.db.migrations.executor import MigrationExecutor

    before = [("projects", "0014_retention_overrides_and_legal_holds")]
    after = [("projects", "0015_organisation_slug_and_leads")]
    executor = MigrationExecutor(connection)
    executor.migrate(before)
    old = executor.loader.project_state(before).apps.get_model("projects", "Organisation")
    for name in ("IRISS", "A & B", "A B"):
        old.objects.create(name=name, kind="charity")
    executor = MigrationExecutor(connection)
    executor.migrate(after)
    executor.loader.build_graph()
    executor.migrate(executor.loader.graph.leaf_nodes())
    slugs = dict(Organisation.objects.values_list("name", "slug"))
    assert slugs == {"IRISS": "iriss", "A & B": "a-b", "A B": "a-b-2"}
