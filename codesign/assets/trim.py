"""Cut a stylesheet down to the rules whose selectors the site's pages can match.

A selector is kept when every class it names at its top level is one the site may put on an
element, and every `data-*` attribute it asks for is one the site may write; classes inside
`:not()`, `:is()`, `:where()` and `:has()` never drop a selector. Rules with no class (elements,
`:root`, `[hidden]`…) are always kept. Of a selector list only the selectors that can match stay.
Custom properties (`--name: …`) that nothing reads with `var(--name)` go, and so do keyframes
no kept rule animates with. The output is the same rules, in the same order, minified.
"""

import re
from dataclasses import dataclass, field

import tinycss2
from tinycss2.ast import (
    AtRule,
    FunctionBlock,
    IdentToken,
    LiteralToken,
    QualifiedRule,
    SquareBracketsBlock,
    WhitespaceToken,
)

GROUPING = {"media", "supports", "container", "layer"}
VAR = re.compile(r"var\(\s*(--[\w-]+)")


@dataclass(frozen=True)
class Usable:
    """What the site's pages may contain: whole class names and attribute names, and stems
    ("alert-") whose endings are filled in when the page is made."""

    words: frozenset
    stems: tuple = ()

    def has(self, name):
        if name.startswith("data-"):
            return name in self.words  # attribute names are written whole
        return name in self.words or name.startswith(self.stems)


@dataclass
class Rule:
    selectors: list
    declarations: list  # (name, value, important)


@dataclass
class Group:
    prelude: str  # "@media (min-width:576px)"
    children: list = field(default_factory=list)


def split_selectors(prelude):
    """The selectors of a selector list, each a list of tokens (commas inside functions such
    as `:is(a, b)` are part of one selector)."""
    selectors, current = [], []
    for token in prelude:
        if isinstance(token, LiteralToken) and token.value == ",":
            selectors.append(current)
            current = []
        else:
            current.append(token)
    selectors.append(current)
    return [_strip(selector) for selector in selectors]


def _strip(tokens):
    start, end = 0, len(tokens)
    while start < end and isinstance(tokens[start], WhitespaceToken):
        start += 1
    while end > start and isinstance(tokens[end - 1], WhitespaceToken):
        end -= 1
    return tokens[start:end]


def needs(selector):
    """The class names and `data-*` attribute names a selector needs at its top level."""
    names = []
    for before, token in zip([None, *selector], selector, strict=False):
        if isinstance(token, IdentToken) and isinstance(before, LiteralToken):
            if before.value == ".":
                names.append(token.value)
        elif isinstance(token, SquareBracketsBlock):
            attribute = next((t for t in token.content if isinstance(t, IdentToken)), None)
            if attribute is not None and attribute.value.startswith("data-"):
                names.append(attribute.value)
        elif isinstance(token, FunctionBlock):
            continue  # :not(.x), :is(.x, .y)…: never a reason to drop a selector
    return names


def can_match(selector, usable):
    return all(usable.has(name) for name in needs(selector))


def _declarations(content):
    found = []
    for item in tinycss2.parse_blocks_contents(content, skip_comments=True, skip_whitespace=True):
        if item.type == "declaration":
            found.append((item.name, tinycss2.serialize(item.value).strip(), item.important))
    return found


def _selector_text(selector):
    return tinycss2.serialize(selector).strip()


def _rules(nodes, usable, keyframes):
    kept = []
    for node in nodes:
        if isinstance(node, QualifiedRule):
            selectors = [s for s in split_selectors(node.prelude) if can_match(s, usable)]
            if selectors:
                texts = [_selector_text(s) for s in selectors]
                kept.append(Rule(texts, _declarations(node.content)))
        elif isinstance(node, AtRule) and node.lower_at_keyword in GROUPING and node.content:
            inner = tinycss2.parse_rule_list(node.content, skip_comments=True, skip_whitespace=True)
            prelude = f"@{node.at_keyword} {tinycss2.serialize(node.prelude).strip()}"
            children = _rules(inner, usable, keyframes)
            if children:
                kept.append(Group(prelude.strip(), children))
        elif isinstance(node, AtRule) and node.lower_at_keyword.endswith("keyframes"):
            name = tinycss2.serialize(node.prelude).strip()
            keyframes.append((name, node.serialize()))
        elif isinstance(node, AtRule):
            kept.append(node.serialize())
    return kept


def _walk(items):
    for item in items:
        if isinstance(item, Group):
            yield from _walk(item.children)
        elif isinstance(item, Rule):
            yield item


def _values_read(items, also_read):
    """Every custom property some kept declaration reads, and those they read in turn."""
    rules = list(_walk(items))
    read = set(VAR.findall(also_read))
    plain = [v for rule in rules for name, v, _ in rule.declarations if not name.startswith("--")]
    read |= set(VAR.findall(" ".join(plain)))
    custom = {}
    for rule in rules:
        for name, value, _ in rule.declarations:
            if name.startswith("--"):
                custom.setdefault(name, []).append(value)
    grown = True
    while grown:
        grown = False
        for name in list(read):
            for value in custom.pop(name, []):
                new = set(VAR.findall(value)) - read
                if new:
                    read |= new
                    grown = True
    return read


def _drop_unread(items, read):
    kept = []
    for item in items:
        if isinstance(item, Group):
            item.children = _drop_unread(item.children, read)
            if item.children:
                kept.append(item)
        elif isinstance(item, Rule):
            item.declarations = [
                d for d in item.declarations if not d[0].startswith("--") or d[0] in read
            ]
            if item.declarations:
                kept.append(item)
        else:
            kept.append(item)
    return kept


def _write(items):
    out = []
    for item in items:
        if isinstance(item, Group):
            out.append(f"{item.prelude}{{{_write(item.children)}}}")
        elif isinstance(item, Rule):
            body = ";".join(
                f"{name}:{value}{'!important' if important else ''}"
                for name, value, important in item.declarations
            )
            out.append(f"{','.join(item.selectors)}{{{body}}}")
        else:
            out.append(item)
    return "".join(out)


def trim(css, usable, also_read=""):
    """`css` with only what pages can use. `also_read` is other text (the site's own styles,
    templates and scripts) whose `var(--name)` keep those custom properties."""
    nodes = tinycss2.parse_stylesheet(css, skip_comments=True, skip_whitespace=True)
    keyframes = []
    items = _rules(nodes, usable, keyframes)
    items = _drop_unread(items, _values_read(items, also_read))
    text = _write(items)
    used = [rule for name, rule in keyframes if _names(name).search(text)]
    return text + "".join(used)


def _names(word):
    """`word` as a whole name: "spinner" but not "spinner-grow"."""
    return re.compile(rf"(?<![\w-]){re.escape(word)}(?![\w-])")
