"""A name the question gives of one who took part in the event it asks about ("the German raid") need not be named
by the fact on that event, where another fact of the file names the two together; a person, a place something
happened in, or a claim's name still must be."""

from __future__ import annotations

import json
from typing import Any

import pytest

RAID = """\
format: 1
sources:
  - {id: paper, title: City paper, language: en}
entities:
  - {id: raid, kind: event, names: {en: [raid on Portville, Portville raid], it: [incursione su Portville]}}
  - {id: portville, kind: place, names: {en: [Portville], it: [Portville]}}
  - {id: nordland, kind: country, names: {en: [Nordland, Nordish], it: [Nordlandia, nordici]}}
  - {id: ostland, kind: country, names: {en: [Ostland, Ostish], it: [Ostlandia]}}
  - {id: ada, kind: person, names: {en: [Ada Rossi], it: [Ada Rossi]}}
facts:
  - id: raid-date
    type: date
    value: {date: "1943-12-02"}
    statement: {en: The raid on Portville took place on 2 December 1943., it: L'incursione su Portville avvenne il 2 dicembre 1943.}
    entities: [raid, portville]
    status: stated
    source: {id: paper, excerpt: 2 December 1943}
  - id: raid-bombers
    type: count
    value: {number: 105, unit: {en: bombers, it: bombardieri}}
    statement: {en: Nordland sent 105 bombers in the raid on Portville., it: La Nordlandia mandò 105 bombardieri nell'incursione su Portville.}
    entities: [raid, nordland]
    status: stated
    source: {id: paper, excerpt: 105 bombers}
  - id: ada-born
    type: date
    value: {date: "1920-05-01"}
    statement: {en: Ada Rossi was born in Ostland on 1 May 1920., it: Ada Rossi nacque in Ostlandia il 1º maggio 1920.}
    entities: [ada, ostland]
    status: stated
    source: {id: paper, excerpt: born 1 May 1920}
"""


@pytest.mark.parametrize(("question", "expected"), [
    ("When did the Nordish raid on Portville happen?", "raid-date"),  # Nordland took part, as another fact says
    ("Quando avvenne l'incursione su Portville dei nordici?", "raid-date"),
    ("When did the Ostish raid on Portville happen?", None),  # no fact puts Ostland in the raid
    ("When did Ada Rossi's raid on Portville happen?", None),  # a person named must be named
])
def test_one_who_took_part_in_the_event_need_not_be_named(run: Any, write: Any, question: str,
                                                           expected: str | None) -> None:
    """The fact on the event answers for those the file says took part in it, and only for them."""
    out = json.loads(run("ask", question, "-f", str(write(RAID)), "--format", "json").stdout)
    assert (out["answer"] or {}).get("id") == expected, out
