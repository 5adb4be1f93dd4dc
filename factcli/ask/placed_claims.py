"""A claim that puts something in a place ("the fire started in Cheapside") confirmed by a fact that only names
the place in passing ("the flames later destroyed Cheapside"): the fact that says what the claim says, and
another place, corrects it."""

from __future__ import annotations

from factcli.ask.details import details
from factcli.ask.fit import CLAIM_OPENERS, own_terms, places_named
from factcli.ask.question import Question
from factcli.ask.verdict import event_terms, places
from factcli.core.model import Fact, LocationValue, value_texts
from factcli.core.results import FactHit
from factcli.core.text import STOPWORDS, terms, words
from factcli.index.rank import entities_in
from factcli.index.read import Index

# Verbs that say only where something is ("si trova", "lies"): a place fact says that by what it is.
_LYING = frozenset(t for w in ("trova", "trovano", "trovava", "trovavano", "located", "situated", "lies", "lie",
                               "situato", "situata", "situati") for t in terms(w))
# How far into a claim (in words past its opener and articles) its subject stands: a place named there is what the
# claim is about ("Had Irpinia been hit...?"), not where it puts something.
_SUBJECT_REACH = 2


def place_that_corrects(index: Index, q: Question, fact: Fact, nearest: list[FactHit]) -> Fact | None:
    """For a claim confirmed by `fact` through a place it names: one of the nearest facts (those ranked next) that
    says every word of the claim `fact` does not, names all else the claim names, is about a place and does not
    name the claim's one; None where `fact` says the whole claim, or is a place fact of another place, or the
    claim states a number or a date too."""
    named = entities_in(index, " ".join(q.words), q.frame, q.names)
    placed = _claimed_place(index, q, named)
    detail = placed & own_terms(fact)
    if not detail or details(q.text):
        return None
    # (The names of what the claim is about are held to the facts' entities, not to their words.)
    names = {t for ws in named.values() for w in ws for t in terms(w)}
    rest = {t for w in q.words if w not in CLAIM_OPENERS and not w.isdigit() for t in terms(w)} - placed - names
    if isinstance(fact.value, LocationValue) and not detail <= {t for text in value_texts(fact.value) for t in terms(text)}:
        return None  # a place fact that names the claim's place beside its own ("in Taurus, near Virgo") is weighed as it is
    said = own_terms(fact) | event_terms(index, fact)
    missing = rest - said - (_LYING if fact.type == "location" else frozenset())
    if not missing:
        return None
    things = {ent for ent in named if not {t for w in named[ent] for t in terms(w)} <= placed}
    best: tuple[int, Fact] | None = None
    for hit in nearest:
        other = hit.fact
        other_own = own_terms(other)
        other_said = other_own | event_terms(index, other)
        if other.id == fact.id or detail & other_own or not things <= set(other.entities) or not places(
                index, other) or not missing <= other_said:
            continue
        if best is None or len(rest & other_said) > best[0]:
            best = (len(rest & other_said), other)
    return best[1] if best is not None and best[0] >= len(rest & said) else None


def _claimed_place(index: Index, q: Question, named: dict[str, list[str]]) -> set[str]:
    """The terms of the places a claim puts something in: names after a word of place ("in Cheapside"), and the
    places it names past its subject ("the epicentre was Torrette")."""
    placed = {t for name in places_named(q.text, wide=True) for w in words(name) for t in terms(w)}
    start = next((i for i, w in enumerate(q.words) if w not in CLAIM_OPENERS and w not in STOPWORDS), 0)
    for ent, ws in named.items():
        entity = index.entity(ent)
        at = min((i for i, w in enumerate(q.words) if w in ws), default=0)
        if entity is not None and entity.kind == "place" and at - start >= _SUBJECT_REACH:
            placed |= {t for w in ws for t in terms(w)}
        elif at - start < _SUBJECT_REACH:
            placed -= {t for w in ws for t in terms(w)}
    return placed
