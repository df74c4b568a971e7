"""{% term %}: a hard word with its meaning a tap or key press away, one query per request."""

import re

import pytest
from django.template import Context, Template
from django.test import RequestFactory

from projects.models import GlossaryTerm
from tests.factories import ProjectFactory


def render(source, **context):
    template = Template("{% load glossary %}" + source)
    request = context.pop("request", RequestFactory().get("/"))
    return template.render(Context({"request": request, **context}))


@pytest.fixture
def words(db):
    GlossaryTerm.objects.create(term="Prototype", plain_meaning="A rough first version.")
    GlossaryTerm.objects.create(term="outcome", plain_meaning="A real change <for real>.")


def ids(html):
    return re.findall(r' id="(glossary-[0-9a-f]{6}-\d+)"', html)


def test_it_renders_a_button_that_opens_the_meaning_without_script(words):
    html = render('Make a {% term "prototype" %}.')
    [popover_id] = ids(html)
    assert f'<button type="button" class="glossary-word" popovertarget="{popover_id}">' in html
    assert 'prototype<span class="visually-hidden"> (what this means)</span>' in html
    assert f'<span class="glossary-meaning" id="{popover_id}" popover>' in html
    assert "<strong>Prototype:</strong> A rough first version." in html
    assert 'popovertargetaction="hide"' in html
    assert 'href="/glossary/#term-prototype"' in html


def test_display_text_can_differ_from_the_word(words):
    html = render('We tested {% term "prototype" "three prototypes" %}.')
    assert ">three prototypes<span" in html


def test_the_meaning_is_escaped(words):
    html = render('{% term "outcome" %}')
    assert "A real change &lt;for real&gt;." in html


def test_an_unexplained_word_is_plain_text(words):
    assert render('{% term "flibble" "Flibbles" %}') == "Flibbles"
    assert render("{% term word %}", word="<b>") == "&lt;b&gt;"


def test_a_project_s_own_meaning_wins_inside_the_project(words):
    project = ProjectFactory(slug="ours")
    GlossaryTerm.objects.create(project=project, term="prototype", plain_meaning="Our meaning.")
    inside = render('{% term "prototype" %}', project=project)
    assert "Our meaning." in inside and "A rough first version." not in inside
    assert 'href="/glossary/#term-ours-prototype"' in inside
    elsewhere = render('{% term "prototype" %}', project=ProjectFactory())
    assert "A rough first version." in elsewhere
    assert "Our meaning." not in render('{% term "prototype" %}')


def test_the_project_can_be_given_to_the_tag(words):
    project = ProjectFactory()
    GlossaryTerm.objects.create(project=project, term="STAF", plain_meaning="A charity.")
    assert "A charity." in render('{% term "STAF" project=other %}', other=project)


def test_words_are_fetched_once_per_request_however_often_used(words, django_assert_num_queries):
    request = RequestFactory().get("/")
    project = ProjectFactory()
    source = '{% term "prototype" %} {% term "outcome" %} {% term "nothing" %} ' * 10
    # Site-wide words, then the project's own (cached until the project's data changes).
    with django_assert_num_queries(2):
        html = render(source, request=request, project=project)
        render(source, request=request, project=project)  # e.g. an included template
    assert html.count('class="glossary-word"') == 20
    with django_assert_num_queries(1):
        render(source, request=RequestFactory().get("/"), project=project)


def test_a_new_project_word_shows_on_the_next_page(cast, client_as):
    """The project's words are cached; adding one moves the project to a new data version."""
    client = client_as("lead")
    client.get(f"/projects/{cast.project.slug}/")  # fills the cache
    response = client.post(
        f"/projects/{cast.project.slug}/glossary/new/",
        {"term": "Session", "plain_meaning": "Our own kind of meeting."},
    )
    assert response.status_code == 302
    body = client.get(f"/projects/{cast.project.slug}/").content.decode()
    assert "Our own kind of meeting." in body


def test_every_use_on_a_page_gets_its_own_id(words):
    request = RequestFactory().get("/")
    first = render('{% term "prototype" %}', request=request)
    second = render('{% term "prototype" %}', request=request)
    [first_id], [second_id] = ids(first), ids(second)
    assert first_id.endswith("-1") and second_id.endswith("-2")
    assert first_id.rsplit("-", 1)[0] == second_id.rsplit("-", 1)[0]


def test_ids_differ_between_requests_so_swapped_parts_do_not_clash(words):
    assert ids(render('{% term "prototype" %}')) != ids(render('{% term "prototype" %}'))


def test_it_works_without_a_request(words):
    html = Template('{% load glossary %}{% term "prototype" %}').render(Context({}))
    assert "A rough first version." in html
