"""A claim's year that the fact chosen for it does not give is confirmed by another fact only when that fact dates
the same thing: a date fact by its own date, not a year its statement mentions in passing ("finished in 1975,
though planned for 1977"), and only a fact naming what the claim names (another climb of the same climber in
1956 does not date this one)."""

from __future__ import annotations

import json
from typing import Any

import pytest

DATED = """\
format: 1
sources:
  - {id: paper, title: The Gazette, language: en}
entities:
  - {id: dam, kind: thing, names: {en: [the dam], it: [la diga]}}
  - {id: peak, kind: thing, names: {en: [Punta Alta], it: [Punta Alta]}}
  - {id: rossi, kind: person, names: {en: [Ada Rossi, Rossi], it: [Ada Rossi, Rossi]}}
  - {id: verde, kind: place, names: {en: [Monte Verde], it: [Monte Verde]}}
facts:
  - id: dam-depth
    type: count
    value: {number: 270, unit: {en: feet, it: piedi}}
    statement: {en: When the dam failed the reservoir was 270 feet deep., it: Quando la diga cedette il bacino era profondo 270 piedi.}
    entities: [dam]
    status: stated
    source: {id: paper, excerpt: the reservoir was 270 feet deep}
  - id: dam-finished
    type: date
    value: {date: "1975-10"}
    statement: {en: "By October 1975 the embankment of the dam was finished, though all phases were scheduled for May 1977.", it: "Nell'ottobre 1975 il rilevato della diga era finito, anche se tutte le fasi erano previste per il maggio 1977."}
    entities: [dam]
    status: stated
    source: {id: paper, excerpt: scheduled for May 1977}
  - id: peak-climbers
    type: event
    value: {name: {en: the first ascent by Ada Rossi, it: la prima salita di Ada Rossi}}
    statement: {en: The first ascent of Punta Alta was made by Ada Rossi., it: La prima salita della Punta Alta fu compiuta da Ada Rossi.}
    entities: [peak, rossi]
    status: stated
    source: {id: paper, excerpt: first ascent of Punta Alta}
  - id: rossi-verde
    type: date
    value: {date: "1956"}
    statement: {en: In 1956 Ada Rossi reached the summit of Monte Verde., it: Nel 1956 Ada Rossi raggiunse la vetta del Monte Verde.}
    entities: [rossi, verde]
    status: stated
    source: {id: paper, excerpt: In 1956 Ada Rossi reached the summit}
"""


@pytest.mark.parametrize("claim", [
    "Claim: the dam failed in 1977",
    "È vero che la diga cedette nel 1977?",
    "Claim: Punta Alta was first climbed in 1956",
])
def test_a_year_told_of_something_else_confirms_nothing(run: Any, write: Any, claim: str) -> None:
    result = run("ask", claim, "-f", str(write(DATED)), "--format", "json")
    assert json.loads(result.stdout)["verdict"] == "not in the facts", result.stdout
    assert result.exit_code == 1


def test_a_year_told_by_the_date_of_what_the_claim_names_confirms_it(run: Any) -> None:
    """The bundled file: the 2023 trip's date, a fact about Kim, tells the year of his second trip to Russia."""
    result = run("ask", "Was the 2023 visit Kim's second to Russia?", "--format", "json")
    answer = json.loads(result.stdout)
    assert answer["verdict"] == "confirmed" and answer["answer"]["id"] == "kim-second-russia-trip", result.stdout
    assert result.exit_code == 0
