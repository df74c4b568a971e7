from django.core.management import call_command

from projects.models import Project
from projects.seed.demo import DEMO_SLUG


def test_the_demo_project_has_a_public_page_with_updates_and_a_file(settings, db, client):
    settings.DEBUG = True
    call_command("seed_demo")
    call_command("seed_demo")
    project = Project.objects.get(slug="redesigning-support-for-care-leavers")
    assert project.is_public
    assert project.area == "Argyll and Bute"
    assert project.starts_on < project.ends_on
    assert "paid" in project.payment_policy
    assert project.updates.count() == 4
    assert project.updates.filter(is_public=False).count() == 2
    assert project.updates.get(for_working_group=True).author.email.startswith("young.person")
    assert project.resources.count() == 1
    resource = project.resources.get()
    assert not resource.is_public
    with resource.file.open("rb") as stored:
        content = stored.read()
    assert content.startswith(b"Notes from the first co-design session")
    assert resource.size == len(content)

    body = client.get(f"/p/{project.slug}/").content.decode()
    assert "moves online because of the snow" in body
    assert "friends&#x27; pack is now used in residential care" in body
    assert "everyone is paid for their time" not in body
    assert "The working group meets every month" not in body
    assert "Notes from the first co-design session" not in body
    assert "Morag" not in body and "demo.codesign.test" not in body


def test_members_can_download_the_demo_file(settings, db, client):
    settings.DEBUG = True
    call_command("seed_demo")
    resource = Project.objects.get(slug=DEMO_SLUG).resources.get()
    url = f"/projects/{resource.project.slug}/resources/{resource.pk}/download/"
    assert client.get(url).status_code == 302
    client.login(email="young.person@demo.codesign.test", password="codesign-demo")
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Disposition"] == 'attachment; filename="first-session-notes.txt"'
