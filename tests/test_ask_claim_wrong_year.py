"""A claim that dates something to a wrong year, a year some other fact gives, is contradicted by the date fact
that says all the rest of the claim, where other facts outrank it on the claim's words; a claim about the thing
that year's fact dates is still confirmed by it."""

from __future__ import annotations

import json
from typing import Any

import pytest

FLOOD = """\
format: 1
sources:
  - {id: paper, title: The Gazette, language: en}
entities:
  - {id: flood, kind: event, names: {en: [the Lenta flood, the flood], it: [l'alluvione del Lenta, l'alluvione]}}
  - {id: wall, kind: thing, names: {en: [the river wall], it: [il muro sul fiume]}}
facts:
  - id: flood-date
    type: date
    value: {date: "1928-01-07"}
    statement: {en: The Lenta flood struck the town on 7 January 1928., it: L'alluvione del Lenta colpì la città il 7 gennaio 1928.}
    entities: [flood]
    status: stated
    source: {id: paper, excerpt: struck the town on 7 January 1928}
  - id: last-flood
    type: event
    value: {name: {en: the last great flood, it: l'ultima grande alluvione}}
    statement: {en: The Lenta flood was the last great flood of the Lenta in the town., it: L'alluvione del Lenta fu l'ultima grande alluvione del Lenta in città.}
    entities: [flood]
    status: stated
    source: {id: paper, excerpt: the last great flood of the Lenta}
  - id: homeless
    type: count
    value: {number: 4000, unit: {en: people, it: persone}}
    statement: {en: The Lenta flood left 4000 people homeless., it: L'alluvione del Lenta lasciò senza casa 4000 persone.}
    entities: [flood]
    status: stated
    source: {id: paper, excerpt: left 4000 people homeless}
  - id: wall-built
    type: date
    value: {date: "1930"}
    statement: {en: A new river wall was built in 1930., it: Un nuovo muro sul fiume fu costruito nel 1930.}
    entities: [wall]
    status: stated
    source: {id: paper, excerpt: a new river wall was built in 1930}
"""


@pytest.mark.parametrize("claim", ["È vero che l'alluvione del Lenta fu nel 1930?", "Claim: the Lenta flood struck in 1930."])
def test_a_wrong_year_is_contradicted_by_the_date_fact(run: Any, write: Any, claim: str) -> None:
    result = run("ask", claim, "-f", str(write(FLOOD)), "--format", "json")
    answer = json.loads(result.stdout)
    assert answer["verdict"] == "contradicted" and answer["answer"]["id"] == "flood-date", result.stdout


def test_a_claim_of_another_thing_in_that_year_is_not_contradicted(run: Any, write: Any) -> None:
    result = run("ask", "È vero che il muro sul fiume fu costruito nel 1930?", "-f", str(write(FLOOD)), "--format", "json")
    answer = json.loads(result.stdout)
    assert answer["verdict"] == "confirmed" and answer["answer"]["id"] == "wall-built", result.stdout
