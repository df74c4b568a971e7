"""The page title says "Error:" from the forms a page names, and from nothing else in it."""

from django import forms
from django.template import Context, Template
from django.utils.functional import SimpleLazyObject

TITLE = Template("{% load form_errors %}{% error_title_prefix %}Page")


class NameForm(forms.Form):
    name = forms.CharField()


def never_read():
    raise AssertionError("worked out only for the title")


def title(**context):
    return TITLE.render(Context(context))


def test_a_submitted_form_with_errors_makes_the_title_say_so():
    assert title(form=NameForm(data={})) == "Error: Page"
    assert title(reply_form=NameForm(data={})) == "Error: Page"


def test_a_form_without_errors_or_not_submitted_leaves_the_title_alone():
    assert title(form=NameForm(data={"name": "Sam"})) == "Page"
    assert title(form=NameForm()) == "Page"


def test_nothing_else_in_the_page_is_worked_out_for_the_title():
    assert title(nav_projects=SimpleLazyObject(never_read), form=NameForm()) == "Page"
