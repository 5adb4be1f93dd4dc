"""Names made of other names. Hyphenated names in a question ("Anna-Maria Rossi", "Martin-Siemens"): whether the
facts know them, as a name, as names they are made of, or as words they say in a row; one they do not know is a
word no fact uses. And a name that is part of a longer one ("St. Marks" of "St. Marks Refuge")."""

from __future__ import annotations

import re

from factcli.ask.details import said_together
from factcli.core.text import fold, terms, words
from factcli.index.rank import is_name
from factcli.index.read import Index


def unknown_compound_names(index: Index, text: str) -> list[str]:
    """Hyphenated names that are neither a known name nor made of known names or words: "Anna-Maria Rossi" is
    not Maria Rossi, though 'Maria Rossi' is a name; "Rossi-Neri" is two known names; "Martin-Siemens", which a
    fact's statement says, is words the facts use."""
    out = []
    for compound in re.findall(r"\b[A-Z][\w']*(?:-[A-Za-z][\w']*)+", text):
        parts = compound.split("-")
        if not is_name(index, compound.replace("-", " ")) and not all(is_name(index, p) for p in parts) and \
                not _in_a_name(index, fold(compound)) and not _said_in_a_row(index, words(compound)):
            out.append(fold(compound))
    return out


def _said_in_a_row(index: Index, toks: list[str]) -> bool:
    """Whether a fact's statement says these words in a row (the pieces of "Martin-Siemens")."""
    found = [index.postings(t)[0] for t in terms(" ".join(toks))]
    if not found or not all(found):
        return False
    rarest = min(found, key=len)
    return any(said_together(fact, tuple(toks)) for fact in index.facts(list(rarest[:_ROW_LOOKUPS])))


_ROW_LOOKUPS = 50  # facts read at most for one compound: a word that rare is rare in any file


def _in_a_name(index: Index, words_: str) -> bool:
    """Whether these folded words stand in a row inside a known name ("calabro sicilian" in "Calabro-Sicilian
    earthquake"): the question names that thing with them."""
    return any(f" {words_} " in f" {name} " for name, _ in index.names())


def part_of_a_longer_name(index: Index, ws: tuple[str, ...], entities: set[str], events_only: bool = False) -> bool:
    """Whether these words are part of a longer name of one of these entities (with `events_only`, of an event:
    one word names a place an event is named after, not any thing sharing a word)."""
    joined = f" {' '.join(ws)} "
    return any(joined in f" {' '.join(words(name))} " for ent in entities if (e := index.entity(ent)) is not None
               and (e.kind == "event" or not events_only) for name in e.all_names())
