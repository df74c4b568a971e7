from pathlib import Path

import pytest
from django.urls import reverse

from projects.registries.overview_sections import Place, SectionRegistry, sections

TEST_TEMPLATES = Path(__file__).resolve().parent.parent / "templates"


def test_it_leaves_out_sections_that_answer_none_and_keeps_order():
    registry = SectionRegistry()
    registry.add(key="b", place=Place.NOW, template="b.html", build=lambda *a: {"n": 2}, order=20)
    registry.add(key="a", place=Place.NOW, template="a.html", build=lambda *a: {"n": 1}, order=10)
    registry.add(key="hidden", place=Place.GLANCE, template="c.html", build=lambda *a: None)

    shown = registry.for_viewer(project=None, user=None, member=None)

    assert [s.key for s in shown["now"]] == ["a", "b"]
    assert [s.data for s in shown["now"]] == [{"n": 1}, {"n": 2}]
    assert shown["glance"] == [] and shown["attention"] == []


def test_registering_a_key_again_replaces_it():
    registry = SectionRegistry()
    registry.add(key="a", place=Place.NOW, template="a.html", build=lambda *a: {"v": "old"})
    registry.add(key="a", place=Place.GLANCE, template="a.html", build=lambda *a: {"v": "new"})

    shown = registry.for_viewer(project=None, user=None, member=None)

    assert shown["now"] == [] and [s.data for s in shown["glance"]] == [{"v": "new"}]


def test_a_build_gets_the_project_the_viewer_and_their_place(cast):
    seen = []
    registry = SectionRegistry()
    registry.add(key="a", place=Place.NOW, template="a.html", build=lambda *args: seen.append(args))

    registry.for_viewer(cast.project, cast.young_person, cast.participants["young_person"])

    assert seen == [(cast.project, cast.young_person, cast.participants["young_person"])]


@pytest.fixture
def test_sections(settings):
    engine = settings.TEMPLATES[0]
    settings.TEMPLATES = [{**engine, "DIRS": [*engine["DIRS"], TEST_TEMPLATES]}]

    def label_for(project, user, member):
        return {"label": member.get_role_display()} if member else None

    sections.add(
        key="t_now", place=Place.NOW, template="tests/overview_section.html", build=label_for
    )
    sections.add(
        key="t_attention",
        place=Place.ATTENTION,
        template="tests/overview_attention.html",
        build=label_for,
    )
    yield
    sections.remove("t_now")
    sections.remove("t_attention")


@pytest.mark.parametrize("who", ["lead", "young_person", "manager"])
def test_the_overview_shows_each_section_to_the_person_looking(test_sections, client_as, cast, who):
    response = client_as(who).get(reverse("projects:detail", args=[cast.project.slug]))

    assert response.status_code == 200
    role = cast.participants[who].get_role_display()
    assert f"Section {role}" in response.content.decode()


def test_attention_sections_join_the_leads_list_only(test_sections, client_as, cast):
    url = reverse("projects:detail", args=[cast.project.slug])

    assert "<li>Attention Project lead</li>" in client_as("lead").get(url).content.decode()
    assert "Attention" not in client_as("young_person").get(url).content.decode()
