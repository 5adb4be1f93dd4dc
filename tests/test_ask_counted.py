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
