import pytest
from django.core.exceptions import ImproperlyConfigured

from codesign.env import env_bool, env_choice, env_int, env_list


@pytest.mark.parametrize("word", ["true", "True", " yes ", "on", "1"])
def test_env_bool_reads_true_words(monkeypatch, word):
    monkeypatch.setenv("FLAG", word)
    assert env_bool("FLAG") is True


@pytest.mark.parametrize("word", ["false", "NO", "off", "0"])
def test_env_bool_reads_false_words(monkeypatch, word):
    monkeypatch.setenv("FLAG", word)
    assert env_bool("FLAG", default=True) is False


def test_env_bool_uses_default_when_unset_or_blank(monkeypatch):
    monkeypatch.delenv("FLAG", raising=False)
    assert env_bool("FLAG", default=True) is True
    monkeypatch.setenv("FLAG", "  ")
    assert env_bool("FLAG", default=False) is False


@pytest.mark.parametrize("word", ["ture", "maybe", "2", "enabled"])
def test_env_bool_refuses_anything_else_naming_the_variable(monkeypatch, word):
    monkeypatch.setenv("FLAG", word)
    with pytest.raises(ImproperlyConfigured, match="FLAG must be true or false"):
        env_bool("FLAG")


def test_env_int_reads_numbers_and_refuses_words(monkeypatch):
    monkeypatch.setenv("NUM", " 42 ")
    assert env_int("NUM", 1) == 42
    monkeypatch.setenv("NUM", "forty")
    with pytest.raises(ImproperlyConfigured, match="NUM must be a whole number"):
        env_int("NUM", 1)


def test_env_int_enforces_minimum(monkeypatch):
    monkeypatch.setenv("NUM", "-5")
    with pytest.raises(ImproperlyConfigured, match="at least 0"):
        env_int("NUM", 1, minimum=0)


def test_env_list_splits_on_commas_and_drops_blanks(monkeypatch):
    monkeypatch.setenv("HOSTS", "a.example, b.example,, ")
    assert env_list("HOSTS") == ["a.example", "b.example"]
    monkeypatch.delenv("HOSTS")
    assert env_list("HOSTS", ["x"]) == ["x"]


def test_env_choice_refuses_unknown_values(monkeypatch):
    monkeypatch.setenv("MODE", "Database")
    assert env_choice("MODE", {"database", "immediate"}, "immediate") == "database"
    monkeypatch.setenv("MODE", "redis")
    with pytest.raises(ImproperlyConfigured, match="MODE must be one of database, immediate"):
        env_choice("MODE", {"database", "immediate"}, "immediate")
