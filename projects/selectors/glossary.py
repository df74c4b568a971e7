"""Hard words explained in plain English: the site-wide list, and lookups for the {% term %} tag.

A project may explain a word its own way; inside that project its meaning wins over the
site-wide one.
"""

from typing import NamedTuple

from django.utils.text import slugify

from projects.freshness import cached
from projects.models import GlossaryTerm

# Written for someone who has never heard the word: short sentences, no other jargon.
SITE_WORDS = [
    (
        "co-production",
        "People who use services, the staff who run them and the organisations behind them "
        "working together as equals. They share the work and the decisions from start to finish, "
        "instead of a few people deciding for everyone else.",
    ),
    (
        "co-design",
        "Designing something together. The people who will use a service help shape it from the "
        "start, rather than being asked what they think once it is finished. It is one part of "
        "co-production.",
    ),
    (
        "prototype",
        "An early, rough version of an idea that people can see, hold or try, like a paper "
        "version of a leaflet or a hand-drawn map. It is made to learn what works, not to be "
        "perfect.",
    ),
    (
        "prototyping",
        "Making quick, rough versions of an idea so the group can try them, talk about them and "
        "make them better, instead of only discussing the idea.",
    ),
    (
        "ladder of participation",
        "A way to describe how much say people have, from being told what was decided (the "
        "bottom rung) to sharing every decision as equals (co-production, the top rung).",
    ),
    (
        "working group",
        "A small group that keeps meeting after the main project, to carry on the work and make "
        "sure the changes really happen. Young people are members, as well as staff.",
    ),
    (
        "facilitator",
        "The person who plans and runs a session. They help everyone take part and have a say, "
        "but they do not decide for the group.",
    ),
    (
        "stakeholder",
        "Anyone who cares about a service or is affected by it: the people who use it, their "
        "families, staff, managers and the organisations that pay for it.",
    ),
    (
        "evaluation",
        "Looking back at what happened to find out what worked, what did not and why, so that "
        "the next piece of work is better.",
    ),
    (
        "outcome",
        "A real change that came from the project, like a new information pack in use, training "
        "for staff or a different way of doing things.",
    ),
    (
        "partner",
        "An organisation working on the project, for example by leading it, paying for it, "
        "lending rooms or running sessions.",
    ),
    (
        "in kind",
        "Help given instead of money, like the free use of a room or someone's time. It has a "
        "value, but no money changes hands.",
    ),
    (
        "consent",
        "Saying yes to something, like photos of you being used, after being told clearly what "
        "it means. You can change your mind at any time.",
    ),
    (
        "support needs",
        "Anything that helps you take part: help with travel or childcare, food you can or cannot "
        "eat, a sign language interpreter, or meeting at a time that suits you.",
    ),
    (
        "test round",
        "A set time when people try out a prototype and say what they think of it, so the group "
        "can see whether the idea works.",
    ),
    (
        "care leaver",
        "A young person who has been looked after by a council, for example in foster care or a "
        "children's home, and is moving on to live more independently.",
    ),
    (
        "local lead",
        "Someone who works locally, often for a partner organisation, and invites people they "
        "know to take part in the project.",
    ),
    (
        "frontline staff",
        "People who work directly with the people who use a service, like social workers, "
        "support workers and care staff.",
    ),
    (
        "practitioner",
        "Someone whose job is working with people who use services, for example a social worker "
        "or a youth worker.",
    ),
    (
        "local authority",
        "The local council. It runs many public services, including support for young people "
        "leaving care.",
    ),
    (
        "residential care",
        "A home where young people in care live together, with staff who look after them.",
    ),
    (
        "mock-up",
        "A quick model of something, made with paper, card or on a screen, to show how it could "
        "look and work.",
    ),
    (
        "transition",
        "The move from one part of life to the next, for example from living in care to living "
        "on your own.",
    ),
    (
        "session",
        "A meeting or workshop where the people in the project work on it together.",
    ),
    (
        "stage",
        "One step of the project: setting it up, inviting people, designing together, making and "
        "testing ideas, putting them into practice and keeping a working group going.",
    ),
    (
        "project lead",
        "The person who runs the project: sets it up, keeps it on track and makes sure everyone "
        "is included and paid fairly.",
    ),
    (
        "young person",
        "Someone aged about 16 to 25 who uses, or has used, the service the project is about. "
        "Their experience is the reason the project exists.",
    ),
    (
        "manager",
        "Someone who runs a team or a service, for example at the council. In the project they "
        "take part as an equal and help agreed changes happen.",
    ),
    (
        "setting up",
        "The first stage: saying what the project is for, who the partners are, how the work "
        "is paid for and how people are paid for their time.",
    ),
    (
        "inviting people",
        "The stage when people are asked to join: young people, staff, managers and anyone "
        "else the project is for. Nobody is turned away.",
    ),
    (
        "co-design sessions",
        "The stage when everyone meets in workshops to share what happens now and come up with "
        "ideas for something better, together.",
    ),
    (
        "making prototypes",
        "The stage when the group turns its best ideas into rough first versions that people "
        "can see and try.",
    ),
    (
        "testing prototypes",
        "The stage when people try the rough versions and say what works and what does not, "
        "so they can be made better.",
    ),
    (
        "putting ideas into practice",
        "The stage when the ideas that worked become real changes, like a new pack in use or "
        "training for staff.",
    ),
    (
        "pitch",
        "A short talk where people show an idea to a panel, which includes young people, and "
        "the panel scores the ideas to choose which go forward.",
    ),
    (
        "waiting list",
        "When a session is full, you can say you would still like to come. If a place comes "
        "free, it is yours, and we tell you at once.",
    ),
    (
        "claim",
        "Asking to be paid for your time at a session, or paid back for costs like a bus fare "
        "or childcare. A project lead checks it, then it is paid.",
    ),
    (
        "tax year",
        "The year the government uses for tax and benefits: from 6 April to 5 April the next year.",
    ),
    (
        "rung",
        "One step on a ladder. On the ladder of participation, each rung is a way of taking "
        "part, from being told what was decided to deciding together as equals.",
    ),
    (
        "prepaid card",
        "A card with money on it that works like a bank card in shops. For benefits it counts "
        "just like money.",
    ),
    (
        "credential",
        "Proof of something you did, such as finishing a training, that you keep and can show "
        "to a college or an employer. It is signed, so anyone can check it is real and unchanged.",
    ),
    (
        "Open Badge",
        "A credential in a shared format many websites and badge wallets understand. You "
        "download it as a file; anyone can check it on our check page without an account.",
    ),
    (
        "non-hierarchical",
        "Working without a ladder of who matters most: everyone's view counts the same, "
        "whatever their job or age.",
    ),
]


def seed_site_glossary():
    """Add any site-wide word that is missing. Words already there, perhaps reworded by
    someone since, are left alone. Returns how many were added."""
    existing = {
        term.lower()
        for term in GlossaryTerm.objects.filter(project=None).values_list("term", flat=True)
    }
    missing = [
        GlossaryTerm(term=term, plain_meaning=meaning)
        for term, meaning in SITE_WORDS
        if term.lower() not in existing
    ]
    GlossaryTerm.objects.bulk_create(missing)
    return len(missing)


def term_anchor(term, project=None):
    """The id of a word on the glossary page; a project's own words are kept apart."""
    word = slugify(term.term) or str(term.pk)
    if term.project_id is None:
        return f"term-{word}"
    return f"term-{project.slug if project else term.project.slug}-{word}"


class Word(NamedTuple):
    """A glossary word as the {% term %} tag needs it: plain values, quick to cache."""

    pk: int
    term: str
    plain_meaning: str
    project_id: int | None


def _words_in(terms):
    fields = ("pk", "term", "plain_meaning", "project_id")
    return {row[1].lower(): Word(*row) for row in terms.values_list(*fields)}


def terms_for(project):
    """{lower-case word: Word} for a project (or site-wide only when project is None).

    A project's own words (there may be hundreds) are cached for each version of its data.
    """
    words = _words_in(GlossaryTerm.objects.filter(project=None))
    if project is not None:
        # A project's own meaning replaces the site-wide one.
        own = cached(project, "glossary_words", lambda: _words_in(project.glossary_terms.all()))
        words.update(own)
    return words
