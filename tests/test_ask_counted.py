"""A claim that puts a number beside the unit of a fact's exact count ("level 7", "sei imprese") is judged by the
count, even where the fact's statement has that number for something else ("a seven-point scale")."""

from __future__ import annotations

import json
from typing import Any

import pytest

SCALE = """\
format: 1
sources:
  - {id: paper, title: The Gazette, language: en}
entities:
  - {id: blast, kind: event, names: {en: [the blast], it: [l'esplosione]}}
facts:
  - id: blast-level
    type: count
    value: {number: 5, unit: {en: level, it: livello}}
    statement: {en: On a seven-point scale the blast was rated level five., it: Su una scala a sette livelli l'esplosione fu classificata di livello cinque.}
    entities: [blast]
    status: stated
    source: {id: paper, excerpt: rated level five}
"""


@pytest.mark.parametrize(("claim", "verdict"), [("Claim: the blast was rated level 7", "contradicted"),
                                                ("L'esplosione fu classificata di livello sette?", "contradicted"),
                                                ("Claim: the blast was rated level 5", "confirmed")])
def test_a_count_is_judged_by_its_own_number(run: Any, write: Any, claim: str, verdict: str) -> None:
    """Seven is the scale's, not the level's; five (the negative case) is the level's."""
    data = json.loads(run("ask", claim, "-f", str(write(SCALE)), "--format", "json").stdout)
    assert (data["verdict"], data["answer"]["id"]) == (verdict, "blast-level"), data


TREES = """\
format: 1
sources:
  - {id: paper, title: The Gazette, language: en}
entities:
  - {id: blast, kind: event, names: {en: [the blast], it: [l'esplosione]}}
facts:
  - id: trees-felled
    type: count
    value: {number: 80000000, unit: {en: trees, it: alberi}}
    statement: {en: The blast felled eighty million trees., it: L'esplosione abbatté ottanta milioni di alberi.}
    entities: [blast]
    status: stated
    source: {id: paper, excerpt: felled eighty million trees}
"""


@pytest.mark.parametrize(("claim", "verdict"), [("Claim: the blast felled eighty million trees", "confirmed"),
                                                ("Claim: the blast felled eight million trees", "contradicted")])
def test_a_number_and_its_scale_are_one_number(run: Any, write: Any, claim: str, verdict: str) -> None:
    """"eighty million" is 80,000,000, not a million beside "trees"."""
    data = json.loads(run("ask", claim, "-f", str(write(TREES)), "--format", "json").stdout)
    assert (data["verdict"], data["answer"]["id"]) == (verdict, "trees-felled"), data


VALLEY = """\
format: 1
sources:
  - {id: paper, title: City paper, language: en}
entities:
  - {id: flood, kind: event, names: {en: [the valley flood], it: [l'alluvione della valle]}}
  - {id: valley, kind: place, names: {en: [the valley], it: [la valle]}}
facts:
  - id: flood-victims
    type: count
    value: {number: 35, unit: {en: victims, it: vittime}}
    statement: {en: The valley flood killed 35., it: L'alluvione della valle uccise 35 vittime.}
    entities: [flood]
    status: stated
    source: {id: paper, excerpt: killed 35}
  - id: valley-length
    type: count
    value: {number: 60, unit: {en: km, it: km}}
    statement: {en: The green valley is 60 km long., it: La valle verde è lunga 60 km.}
    entities: [valley]
    status: stated
    source: {id: paper, excerpt: 60 km long}
"""


@pytest.mark.parametrize(("question", "expected"), [
    ("How many people were killed in the valley flood?", "flood-victims"),  # "people", though no fact says it
    ("Quante persone uccise l'alluvione della valle?", "flood-victims"),
    ("How many people were in the green valley?", None),  # people are no kilometres
])
def test_people_counted_in_a_counts_own_words(run: Any, write: Any, question: str, expected: str | None) -> None:
    """A count of people may call them otherwise ("victims"); a length never counts them."""
    out = json.loads(run("ask", question, "-f", str(write(VALLEY)), "--format", "json").stdout)
    assert (out["answer"] or {}).get("id") == expected, out
