"""The outcome links registry: upper apps add what an outcome can come from, and the form, the
services and the page use each link only through it."""

from django import forms

from projects.registries.outcome_links import Linked, OutcomeLinks


def make_links(saved):
    links = OutcomeLinks()
    links.add(
        key="b",
        field=lambda project, outcome: forms.CharField(required=False),
        initial=lambda outcome: "b-initial",
        save=lambda outcome, value: saved.append(("b", value)),
        shown=lambda outcome: [Linked("B", "bee", "/b/")],
        order=20,
    )
    links.add(
        key="a",
        field=lambda project, outcome: None,  # nothing to choose in this project
        initial=lambda outcome: [],
        save=lambda outcome, value: saved.append(("a", value)),
        shown=lambda outcome: [Linked("A", "ay", "/a/", detail="first")],
        order=10,
    )
    return links


def test_links_keep_their_order_and_a_field_can_be_left_out():
    links = make_links([])
    assert links.keys() == ["a", "b"]
    assert list(links.fields(project=None)) == ["b"]
    assert links.initial(outcome=None) == {"a": [], "b": "b-initial"}
    assert [item.title for item in links.shown(outcome=None)] == ["ay", "bee"]


def test_only_the_values_given_are_taken_and_saved():
    saved = []
    links = make_links(saved)
    values = {"title": "T", "b": "chosen"}
    taken = links.take(values)
    assert taken == {"b": "chosen"} and values == {"title": "T"}
    links.save(outcome=None, values=taken)
    assert saved == [("b", "chosen")]


def test_adding_a_key_again_replaces_it():
    saved = []
    links = make_links(saved)
    links.add(
        key="b",
        field=lambda project, outcome: None,
        initial=lambda outcome: None,
        save=lambda outcome, value: saved.append(("new b", value)),
        shown=lambda outcome: [],
    )
    links.save(outcome=None, values={"b": 1})
    assert links.keys() == ["a", "b"] and saved == [("new b", 1)]
