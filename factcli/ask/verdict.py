"""The verdict on a claim or a yes/no question: confirmed, contradicted (by the fact that corrects it), or
not in the facts.

A claim is checked against the one fact `ask` chose for it: every number the claim states (in digits or
words, "9", "nine", "nove"; a year; an ordinal) must be one the fact states too, or the fact contradicts
the claim. No verdict is given for an open question ("When...?", "Dove...?").
"""

from __future__ import annotations

import re

from factcli.ask.fit import CLAIM_OPENERS, first_named, places_named
from factcli.ask.question import Question
from factcli.ask.words import ORDINALS
from factcli.core.model import LANGS, CountValue, DateValue, Fact, value_texts
from factcli.core.numbers import NUMBER_VALUES
from factcli.core.text import words
from factcli.index.rank import entities_in
from factcli.index.read import Index

CONFIRMED, CONTRADICTED, NOT_IN_FACTS = "confirmed", "contradicted", "not in the facts"

# Words that open an open question in either language: such a question asks, it claims nothing.
_OPEN = frozenset({"when", "where", "who", "whom", "whose", "what", "which", "how", "why", "quando", "dove", "dov",
                   "chi", "cosa", "che", "come", "quanti", "quante", "quanto", "quanta", "quale", "quali", "qual",
                   "perche", "tell", "dimmi", "give", "dammi", "show", "mostrami", "list"})
# Verbs that open a yes/no question in English ("Did Ada...?", "Is it true...?").
_ASKING_VERBS = frozenset({"is", "was", "are", "were", "did", "does", "do", "has", "have", "had", "can", "could",
                           "will", "would", "should", "e", "era", "sono", "erano", "ha", "hanno"})
_TAGS = ("right?", "vero?", "giusto?", "no?", "true?", "correct?", "corretto?", "isn't it?", "wasn't it?",
         "didn't he?", "didn't they?", "did he?", "non è vero?")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")


def is_claim(q: Question) -> bool:
    """Whether the question claims something to check (a yes/no question, a tag question, "Claim: ...")."""
    text = q.text.strip().lower()
    first = q.words[:3]
    if not first:
        return False
    # A tag is a word of its own ("..., no?"), not the end of one ("quest'anno?").
    tagged = any(text.endswith(t) and (len(text) == len(t) or not text[-len(t) - 1].isalpha()) for t in _TAGS)
    if first[0] in CLAIM_OPENERS or "vero che" in text or "true that" in text or tagged:
        return True
    if any(w in _OPEN for w in first):
        return False
    # A sentence stated, not asked ("The festival was held in Turin."), is a claim too.
    return text.endswith(("?", ".")) or first[0] in _ASKING_VERBS


def numbers_in(text: str) -> set[tuple[str, float]]:
    """The numbers a text states: ("n", value) for digits and number words, ("ord", n) for ordinals."""
    found: set[tuple[str, float]] = {("n", float(m.group().replace(",", "."))) for m in _NUMBER.finditer(text)}
    for word in words(text):
        if word in NUMBER_VALUES:
            found.add(("n", float(NUMBER_VALUES[word])))
        elif word in ORDINALS:
            found.add(("ord", float(ORDINALS[word])))
    return found


def _fact_numbers(fact: Fact) -> set[tuple[str, float]]:
    """Every number the fact states, in its value or its statement in either language."""
    found = set().union(*(numbers_in(fact.statement.get(lang)) for lang in LANGS))
    if isinstance(fact.value, CountValue):
        found.add(("n", float(fact.value.number)))
    elif isinstance(fact.value, DateValue):
        found |= numbers_in(fact.value.date.replace("-", " "))
    return found


def another_is_first(index: Index, q: Question, fact: Fact) -> bool:
    """Whether a claim that ranks someone ("Aldrin was the first on the Moon", "il secondo") is answered by a
    fact whose subject is another person: the fact ranks that person, and names the claimed one only beside."""
    if not ORDINALS.keys() & set(q.words) or not fact.entities:
        return False
    named = entities_in(index, " ".join(q.words), q.frame, q.names)
    people = [ent for ent in first_named(q, named) if (e := index.entity(ent)) is not None and e.kind == "person"]
    subject = index.entity(fact.entities[0])
    return bool(people) and subject is not None and subject.kind == "person" and fact.entities[0] not in people


def verdict(q: Question, fact: Fact | None, unknown_places: frozenset[str] = frozenset()) -> str | None:
    """The verdict on a claim, given the fact chosen for it (None: no fact answers); None for a question.

    `unknown_places`: names of places the claim gives that no fact knows ("partì dal Texas")."""
    if not is_claim(q):
        return None
    if fact is None:
        return NOT_IN_FACTS
    stated = _fact_numbers(fact)
    claimed = numbers_in(" ".join(w for w in q.words if w not in CLAIM_OPENERS))
    # A place the claim names ("held in Porto") that the fact does not say is a wrong detail.
    said = {w for text in (*(fact.statement.get(lang) for lang in LANGS), *value_texts(fact.value))
            for w in words(text)}
    wrong_place = any(w not in said for name in places_named(q.text) for w in words(name)) or any(
        w not in said for w in unknown_places)
    return CONTRADICTED if claimed - stated or wrong_place else CONFIRMED
