"""The site-wide words: added once, never overwritten."""

from django.core.management import call_command

from projects.models import GlossaryTerm
from projects.selectors.glossary import SITE_WORDS, seed_site_glossary

REQUIRED = [
    "co-production",
    "co-design",
    "prototype",
    "prototyping",
    "working group",
    "facilitator",
    "stakeholder",
    "evaluation",
    "outcome",
    "partner",
    "in kind",
    "consent",
    "support needs",
    "test round",
]


def test_it_adds_every_word_once(db, capsys):
    call_command("seed_glossary")
    call_command("seed_glossary")
    site = GlossaryTerm.objects.filter(project=None)
    assert site.count() == len(SITE_WORDS)
    assert set(REQUIRED) <= {term.lower() for term in site.values_list("term", flat=True)}
    assert f"0 of {len(SITE_WORDS)} words added" in capsys.readouterr().out


def test_it_never_overwrites_a_word_someone_reworded(db):
    GlossaryTerm.objects.create(term="Prototype", plain_meaning="Our better wording.")
    added = seed_site_glossary()
    assert added == len(SITE_WORDS) - 1
    assert GlossaryTerm.objects.get(term__iexact="prototype").plain_meaning == (
        "Our better wording."
    )


def test_every_meaning_is_short_plain_and_ends_a_sentence():
    for term, meaning in SITE_WORDS:
        assert meaning.endswith("."), term
        assert len(meaning) < 300, term


def test_the_words_of_claims_pitches_and_the_ladder_are_explained():
    words = {term for term, _meaning in SITE_WORDS}
    assert {"pitch", "waiting list", "claim", "tax year", "rung", "prepaid card"} <= words
