"""Who or where a claim names in place of the fact's own: another place, person or organisation, or another agent
("taken by Ada" of a fact that says Bruno took it), which the fact corrects."""

from __future__ import annotations

import re

from factcli.ask.details import replaced_in, says_what
from factcli.ask.fit import own_terms, places_named
from factcli.core.model import LANGS, Fact
from factcli.core.text import ARTICLES, STOPWORDS, fold_written, stem, terms, words
from factcli.index.read import Index

_SWAPPABLE = frozenset({"place", "person", "organisation", "country"})
_PLACES = frozenset({"place", "country"})


def _placed_together(index: Index, place: set[str], others: set[str], fact: Fact) -> bool:
    """Whether another fact puts the claim's place beside this fact's place and all else the claim names ("Crew-7
    landed in the Gulf, off Pensacola"): one place may lie in the other, and then does not exclude it."""
    places = {ent for ent in fact.entities if (e := index.entity(ent)) is not None and e.kind in _PLACES} - others
    return any(others <= set(other.entities) and places & set(other.entities)
               for other in index.facts(index.select(entities=sorted(place))) if other.id != fact.id)


def swapped(index: Index, claim: str, groups: dict[tuple[str, ...], set[str]], fact: Fact) -> bool:
    """Whether the fact names, in place of the one thing of the claim it does not name, another thing of the
    same kind ("the lake is in Kentucky" against "the lake is in Tennessee"; "Was it Ada who said...?"
    against Rossi's quote): a wrong detail the fact corrects."""
    named = set().union(*groups.values()) if groups else set()
    covered = set(fact.entities) | ({s} if (s := getattr(fact.value, "speaker", None)) else set())
    said = own_terms(fact)
    missing = [(ws, ents) for ws, ents in groups.items()
               if not ents & covered and not {t for w in ws for t in terms(w)} <= said]
    if len(missing) != 1:
        return False
    kinds = {e.kind for ent in missing[0][1] if (e := index.entity(ent)) is not None} & _SWAPPABLE
    speaker = getattr(fact.value, "speaker", None)
    if "person" in kinds and speaker and speaker not in named and says_what(claim):
        return True  # "Was it Ada who said that...?" of Rossi's words: the speaker is the place
    # "The race started from Rome": a place the claim puts what happened in, where a location fact says
    # where it happened (another place) -- the fact corrects the place.
    if fact.type == "location" and kinds & _PLACES and set(missing[0][0]) & places_named(claim, wide=True):
        if len(groups) < 2 or not _placed_together(index, missing[0][1], named - missing[0][1], fact):
            return True
    if len(groups) < 2:
        return False
    # In its place: beside the same word in the fact ("si trova in Kentucky" / "si trova nel Tennessee").
    return any((e := index.entity(ent)) is not None and e.kind in kinds for ent in covered - named) and \
        replaced_in(fact, claim, set(missing[0][0]), frozenset(w for ws in groups for w in ws))


# The words that put who did something after them ("taken by Ada", "scattata da Ada", "fondata dalla Rossi SpA").
AGENT_WORDS = frozenset({"by", "da", "dal", "dalla", "dallo", "dai", "dagli", "dalle", "dall"})
_AGENTS = frozenset({"person", "organisation"})


def _agents(toks: list[str], names: dict[tuple[str, ...], set[str]]) -> dict[str, set[str]]:
    """The people and organisations named right after "by" / "da" in folded words (an article, or an article
    and the one word of a role, between: "by the engineer Ada Rossi"), each with the stem of the word before
    the "by", what they did ("designed")."""
    out: dict[str, set[str]] = {}
    for i, tok in enumerate(toks):
        if tok in AGENT_WORDS:
            at = i + 2 if toks[i + 1:i + 2] and toks[i + 1] in ARTICLES else i + 1
            starts = (at, at + 1) if toks[at:at + 1] and toks[at] not in STOPWORDS and not toks[at].isdigit() else (at,)
            for ws, ents in names.items():
                if any(tuple(toks[start:start + len(ws)]) == ws for start in starts):
                    for ent in ents:
                        out.setdefault(ent, set()).update({stem(toks[i - 1])} if i else set())
    return out


def wrong_agent(index: Index, claim: str, groups: dict[tuple[str, ...], set[str]], fact: Fact,
                same_act: bool = False) -> bool:
    """Whether the claim says one did it ("taken by Ada") where the fact says another did ("taken by Bruno
    Rossi"), though it may name the first in another role: by whom is a detail the fact corrects. `same_act`:
    only where the fact says the same act of its own one ("designed by" both; not "chaired by" of "rebuilt by")."""
    kinds = {ent: e.kind for ent in {*fact.entities, *set().union(*groups.values())} if (e := index.entity(ent))}
    claimed = {ent: acts for ent, acts in _agents(words(claim), groups).items() if kinds.get(ent) in _AGENTS}
    if not claimed:
        return False
    own: dict[tuple[str, ...], set[str]] = {}
    for ent in fact.entities:
        if kinds.get(ent) in _AGENTS and (e := index.entity(ent)) is not None:
            for name in e.all_names():
                own.setdefault(tuple(words(name)), set()).add(ent)
    stated: dict[str, set[str]] = {}
    for lang in LANGS:
        for ent, acts in _agents(words(fact.statement.get(lang)), own).items():
            stated.setdefault(ent, set()).update(acts)
    if same_act:
        done = set().union(*claimed.values())
        stated = {ent: acts for ent, acts in stated.items() if acts & done}
    return bool(stated) and not stated.keys() & claimed.keys()


# A name right after a word that says where a journey starts or ends ("from Munich", "da Wellington", "to Hamburg",
# "ad Auckland"): the preposition in either case, the name capitalised.
_FROM = re.compile(r"\b(?i:from|da|dal|dalla|dallo)\s+(?:the\s+)?([A-Z][\w'-]*)")
_TO = re.compile(r"\b(?i:to|a|ad|al|alla|allo|verso)\s+(?:the\s+)?([A-Z][\w'-]*)")


def _ends(text: str) -> tuple[set[str], set[str]]:
    """The names a text says something went from, and those it went to."""
    return {fold_written(m.group(1)) for m in _FROM.finditer(text)}, {fold_written(m.group(1)) for m in _TO.finditer(text)}


def reversed_route(claim: str, fact: Fact) -> bool:
    """Whether the claim has a journey start where the fact's route ends, or end where it starts ("from Hamburg"
    against "from Munich to Hamburg"): the fact corrects it. Only a route, a start and an end in one statement
    ("asked Oslo for ships" is none)."""
    starts, ends = _ends(claim)
    said = [ends_ for lang in LANGS if all(ends_ := _ends(fact.statement.get(lang)))]
    fact_starts = {w for s, _ in said for w in s}
    fact_ends = {w for _, e in said for w in e}
    return bool((starts & fact_ends) - fact_starts or (ends & fact_starts) - fact_ends)
