"""An Italian count asked with the passive of "essere" ("Quanti sono stati i morti?") counts the noun after it:
the participle "stati" is no thing counted; after anything else the word is the noun ("gli stati membri")."""

from __future__ import annotations

import json
from typing import Any

import pytest

from factcli.ask.question import count_heads, parse
from factcli.ask.words import without_been

TOLL = """\
format: 1
sources:
  - {id: paper, title: La Gazzetta, language: it}
entities:
  - {id: crash, kind: event, names: {en: [the derailment], it: [il deragliamento]}}
facts:
  - id: deaths
    type: count
    value: {number: 3, unit: {en: dead, it: morti}}
    statement: {en: The derailment caused three deaths., it: Il deragliamento causò tre morti.}
    entities: [crash]
    status: stated
    source: {id: paper, excerpt: causò tre morti}
  - id: injured
    type: count
    value: {number: 46, unit: {en: injured, it: feriti}}
    statement: {en: The derailment left 46 injured., it: Il deragliamento causò 46 feriti.}
    entities: [crash]
    status: stated
    source: {id: paper, excerpt: causò 46 feriti}
  - id: tracks
    type: count
    value: {number: 5, unit: {en: tracks, it: binari}}
    statement: {en: The station has 5 tracks., it: La stazione ha 5 binari.}
    entities: []
    status: stated
    source: {id: paper, excerpt: ha 5 binari}
"""


@pytest.mark.parametrize(("question", "fact"), [("Quanti sono stati i morti?", "deaths"),
                                                ("Quanti sono stati i feriti?", "injured")])
def test_the_participle_of_essere_is_not_what_is_counted(run: Any, write: Any, question: str, fact: str) -> None:
    result = run("ask", question, "-f", str(write(TOLL)), "--format", "json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["answer"]["id"] == fact


def test_only_after_a_form_of_essere() -> None:
    assert count_heads(parse("Quanti sono stati i morti?")) == ["morti"]
    assert count_heads(parse("Quanti stati ha la federazione?")) == ["stati"]
    assert without_been(["gli", "stati", "membri", "sono", "stati", "citati"]) == ["gli", "stati", "membri", "sono", "citati"]
