"""A 'when' or 'quando' after a noun or verb, in a yes/no question or one opened by "che" or "quanti", only starts a
clause ("Was Rossi 50 years old when he died?"): it does not make a date question; one that opens it still does."""

from __future__ import annotations

import json
from typing import Any

import pytest

BAND = """\
format: 1
sources:
  - {id: paper, title: City paper, language: en}
entities:
  - {id: band, kind: group, names: {en: [the band, band], it: [la banda, banda]}}
  - {id: rossi, kind: person, names: {en: [Ada Rossi, Rossi], it: [Ada Rossi, Rossi]}}
facts:
  - id: band-march
    type: event
    value: {name: {en: the band played a march, it: la banda suonò una marcia}}
    statement:
      en: When the band saw the flames, it played a march.
      it: Quando la banda vide le fiamme, suonò una marcia.
    entities: [band]
    status: stated
    source: {id: paper, excerpt: played a march}
  - id: band-date
    type: date
    value: {date: "1944-07-06"}
    statement: {en: The band played on 6 July 1944., it: La banda suonò il 6 luglio 1944.}
    entities: [band]
    status: stated
    source: {id: paper, excerpt: 6 July 1944}
  - id: rossi-age
    type: count
    value: {number: 50, unit: {en: years, it: anni}, counted: {en: Rossi's age at her death, it: età di Rossi alla morte}}
    statement: {en: Ada Rossi died at the age of 50., it: Ada Rossi morì all'età di 50 anni.}
    entities: [rossi]
    status: stated
    source: {id: paper, excerpt: age of 50}
"""


@pytest.mark.parametrize(("question", "fact", "verdict"), [
    ("Che musica suonò la banda quando vide le fiamme?", "band-march", None),
    ("Was Rossi 50 years old when she died?", "rossi-age", "confirmed"),
    ("Was Rossi 60 years old when she died?", "rossi-age", "contradicted"),
])
def test_a_when_clause_asks_no_date(run: Any, write: Any, question: str, fact: str, verdict: str | None) -> None:
    """The question is answered, or judged, by the fact it is about, not by a date (found by new users' trials)."""
    data = json.loads(run("ask", question, "-f", str(write(BAND)), "--format", "json").stdout)
    assert (data["answer"]["id"], data["verdict"]) == (fact, verdict), data


def test_a_when_that_opens_the_question_asks_a_date(run: Any, write: Any) -> None:
    """"Quando suonò la banda?" still asks the date."""
    result = run("ask", "Quando suonò la banda?", "-f", str(write(BAND)), "--format", "value")
    assert (result.exit_code, result.stdout.strip()) == (0, "1944-07-06")
