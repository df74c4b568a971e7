from participants.registries.personal_data import PersonalDataRegistry


def test_it_collects_every_source_in_order_with_its_rows():
    registry = PersonalDataRegistry()
    registry.add(key="b", title="B", collect=lambda user: [{"x": user}], order=20)
    registry.add(key="a", title="A", collect=lambda user: [], order=10)

    assert registry.collect("jay") == [
        {"key": "a", "title": "A", "rows": []},
        {"key": "b", "title": "B", "rows": [{"x": "jay"}]},
    ]


def test_forget_passes_the_choice_on_and_skips_sources_without_one():
    told = []
    registry = PersonalDataRegistry()
    registry.add(key="a", title="A", collect=lambda user: [], forget=lambda **kw: told.append(kw))
    registry.add(key="b", title="B", collect=lambda user: [])

    registry.forget(user="jay", participants=["p"], remove_contributions=True)

    assert told == [{"user": "jay", "participants": ["p"], "remove_contributions": True}]


def test_registering_a_key_again_replaces_it():
    registry = PersonalDataRegistry()
    registry.add(key="a", title="Old", collect=lambda user: [])
    registry.add(key="a", title="New", collect=lambda user: [])

    assert [source["title"] for source in registry.collect(None)] == ["New"]
