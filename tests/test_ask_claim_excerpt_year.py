"""A date fact's years are its date's and its statement's: a year its excerpt gives for something else beside it
("died in 1927 and 1937, respectively") does not confirm a claim that dates the fact's act to that year; a claim
that gives the date's own year among others is judged by everything the fact says."""

from __future__ import annotations

import json
from typing import Any

import pytest

DEATHS = """\
format: 1
sources:
  - {id: paper, title: The Gazette, language: en}
entities:
  - {id: ada, kind: person, names: {en: [Ada Rossi, Rossi], it: [Ada Rossi, Rossi]}}
  - {id: bo, kind: person, names: {en: [Bo Verdi, Verdi], it: [Bo Verdi, Verdi]}}
  - {id: canal, kind: thing, names: {en: [the canal], it: [il canale]}}
facts:
  - id: ada-died
    type: date
    value: {date: "1937"}
    statement: {en: Ada Rossi died in 1937., it: Ada Rossi morì nel 1937.}
    entities: [ada]
    status: stated
    source: {id: paper, excerpt: "Bo Verdi and Ada Rossi died in 1927 and 1937, respectively."}
  - id: canal-begun
    type: date
    value: {date: "1863"}
    statement: {en: The construction of the canal began in 1863., it: La costruzione del canale iniziò nel 1863.}
    entities: [canal]
    status: stated
    source: {id: paper, excerpt: "work began in 1863 and ended in 1866"}
"""


@pytest.mark.parametrize("claim", ["Claim: Ada Rossi died in 1927.", "È vero che Ada Rossi morì nel 1927?"])
def test_a_year_only_the_excerpt_gives_does_not_confirm(run: Any, write: Any, claim: str) -> None:
    result = run("ask", claim, "-f", str(write(DEATHS)), "--format", "json")
    answer = json.loads(result.stdout)
    assert answer["verdict"] == "contradicted" and answer["answer"]["id"] == "ada-died", result.stdout


def test_the_dates_own_year_among_others_is_judged_by_all_the_fact_says(run: Any, write: Any) -> None:
    result = run("ask", "Claim: the canal was constructed between 1863 and 1866.", "-f", str(write(DEATHS)), "--format", "json")
    assert json.loads(result.stdout)["verdict"] == "confirmed", result.stdout
    assert result.exit_code == 0
