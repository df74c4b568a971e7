"""Each page loads only the scripts something on it needs: htmx where an element has hx-
attributes, the error summary's script where a form came back with errors, the glossary's
where a hard word is explained; Bootstrap's JavaScript nowhere, as no page uses its widgets."""

from django.template import Context, Template
from django.urls import reverse

from codesign.templatetags.page_scripts import scripts_needed
from projects.selectors.glossary import seed_site_glossary
from tests.sessions.prototype_helpers import make_prototype, url

HTMX = "/static/django_htmx/htmx-2.min.js"


def render(body):
    source = "{% load page_scripts %}{% page_scripts %}" + body + "{% endpage_scripts %}"
    return Template(source).render(Context({}))


def test_markup_with_hx_attributes_brings_htmx():
    assert HTMX in render('<form data-hx-post="/x/" data-hx-target="#y"></form>')
    assert HTMX in render('<button hx-get="/x/">More</button>')


def test_markup_without_them_does_not():
    html = render('<p class="lead">Nothing to enhance. Words about hx-get in text.</p>')
    assert "<script" not in html


def test_each_script_is_named_once_and_after_the_page():
    html = render(
        '<div data-error-summary tabindex="-1"></div>'
        '<button type="button" class="glossary-word" popovertarget="g-1">x</button>'
        '<form data-hx-post="/a/"></form><form data-hx-post="/b/"></form>'
    )
    assert html.count(HTMX) == 1
    assert html.index("</form>") < html.index(HTMX)
    assert html.index(HTMX) < html.index("error-summary.js") < html.index("glossary.js")


def test_scripts_needed_reads_the_finished_html():
    assert scripts_needed("<p>plain</p>") == []
    assert scripts_needed('<b class="x glossary-word">') == ["js/glossary.js"]


def test_the_landing_page_loads_no_htmx_and_no_bootstrap_script(client, db):
    html = client.get("/").content.decode()
    assert "htmx" not in html.split("<body", 1)[1]
    assert "bootstrap" not in html.replace("bootstrap-used.css", "")
    assert "/static/js/offline.js" in html


def test_an_idea_with_its_comment_form_loads_htmx(cast, client_as):
    prototype = make_prototype(cast)
    html = client_as("young_person").get(url(prototype)).content.decode()
    assert "data-hx-post" in html
    assert html.count(HTMX) == 1


def test_a_page_with_a_hard_word_loads_the_glossary_script(cast, client_as):
    seed_site_glossary()
    html = client_as("young_person").get(cast.project.get_absolute_url()).content.decode()
    assert 'class="glossary-word"' in html
    assert "/static/js/glossary.js" in html
    assert HTMX not in html


def test_a_page_without_one_does_not(client, db):
    html = client.get(reverse("accessibility")).content.decode()
    assert "glossary-word" not in html and "glossary.js" not in html


def test_a_form_with_errors_loads_the_error_summary_script(client, db):
    html = client.post(reverse("join"), {}).content.decode()
    assert "data-error-summary" in html
    assert "/static/js/error-summary.js" in html
