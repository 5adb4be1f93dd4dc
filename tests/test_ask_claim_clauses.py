"""A year that a fact's statement gives to another clause than the one that says the claim's act does not confirm
the claim ("partly collapsed in 1902, was pulled down in 1905" against "collapsed in 1905"), and a negation reaches
no further than its clause ("after the 1956 attempt had failed, Rossi climbed it" denies no climb), nor into a
clause of its own ("failed to prove that the owners knew" denies neither the owners nor what they knew, and
does not say it either)."""

from __future__ import annotations

import json
from typing import Any

import pytest

TOWER = """\
format: 1
sources:
  - {id: paper, title: The Gazette, language: en}
entities:
  - {id: tower, kind: thing, names: {en: [the tower], it: [la torre]}}
  - {id: rossi, kind: person, names: {en: [Ada Rossi, Rossi], it: [Ada Rossi, Rossi]}}
facts:
  - id: tower-fate
    type: event
    value: {name: {en: the tower pulled down, it: la torre abbattuta}}
    statement: {en: "The tower, which partly collapsed in 1902, was pulled down in 1905.", it: "La torre, crollata in parte nel 1902, fu abbattuta nel 1905."}
    entities: [tower]
    status: stated
    source: {id: paper, excerpt: pulled down in 1905}
  - id: rossi-climb
    type: event
    value: {name: {en: Rossi's climb, it: la scalata di Rossi}}
    statement: {en: "In 1958, after the 1956 attempt had failed, Rossi climbed the tower.", it: "Nel 1958, dopo il fallito tentativo del 1956, Rossi scalò la torre."}
    entities: [rossi, tower]
    status: stated
    source: {id: paper, excerpt: Rossi climbed the tower}
"""


@pytest.mark.parametrize(("claim", "verdict"), [
    ("Claim: the tower collapsed in 1905", "contradicted"),
    ("È vero che la torre crollò nel 1905?", "contradicted"),
    ("Claim: the tower was pulled down in 1905", "confirmed"),
    ("Claim: the tower collapsed in 1902", "confirmed"),
    ("Claim: Rossi climbed the tower in 1958", "confirmed"),
    ("È vero che Rossi scalò la torre nel 1958?", "confirmed"),
])
def test_a_year_dates_what_its_own_clause_says(run: Any, write: Any, claim: str, verdict: str) -> None:
    result = run("ask", claim, "-f", str(write(TOWER)), "--format", "json")
    assert json.loads(result.stdout)["verdict"] == verdict, result.stdout
    assert result.exit_code == 0


TRIAL = """\
format: 1
sources:
  - {id: paper, title: The Gazette, language: en}
entities:
  - {id: blanck, kind: person, names: {en: [Max Blanck, Blanck], it: [Max Blanck, Blanck]}}
facts:
  - id: acquittal
    type: event
    value: {name: {en: owners acquitted, it: proprietari assolti}}
    statement: {en: The jury acquitted Blanck of manslaughter and the defense said the prosecution failed to prove that the owners knew the doors were locked., it: La giuria assolse Blanck dall'accusa di omicidio colposo e la difesa disse che l'accusa non aveva provato che i proprietari sapessero delle porte chiuse.}
    entities: [blanck]
    status: stated
    source: {id: paper, excerpt: the jury acquitted}
"""


@pytest.mark.parametrize(("claim", "verdict"), [
    ("Claim: the owners were acquitted of manslaughter", "confirmed"),
    ("Claim: the owners knew the doors were locked", "not in the facts"),
])
def test_what_a_denied_verb_leaves_open_is_neither_denied_nor_said(run: Any, write: Any, claim: str,
                                                                    verdict: str) -> None:
    result = run("ask", claim, "-f", str(write(TRIAL)), "--format", "json")
    assert json.loads(result.stdout)["verdict"] == verdict, result.stdout
