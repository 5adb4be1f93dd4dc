"""A fact about an event whose name gives its year belongs to that year: a question naming another year is not
answered by it, even when some fact naming the event tells of that other year (a later flood of the same river)."""

from __future__ import annotations

import json
from typing import Any

import pytest

FLOOD = """\
format: 1
sources:
  - {id: paper, title: The Gazette, language: en}
entities:
  - {id: flood, kind: event, names: {en: [the 1951 flood, the flood], it: [l'alluvione del 1951, l'alluvione]}}
  - {id: river, kind: place, names: {en: [the Lenta], it: [il Lenta]}}
facts:
  - id: flood-deaths
    type: count
    value: {number: 84, unit: {en: deaths, it: morti}}
    statement: {en: The flood caused 84 deaths., it: L'alluvione causò 84 morti.}
    entities: [flood]
    status: stated
    source: {id: paper, excerpt: the flood caused 84 deaths}
  - id: later-floods
    type: event
    value: {name: {en: later floods, it: alluvioni successive}}
    statement: {en: The Lenta flooded again in 1966 and in 2000., it: Il Lenta esondò di nuovo nel 1966 e nel 2000.}
    entities: [flood, river]
    status: stated
    source: {id: paper, excerpt: flooded again in 1966 and in 2000}
"""


@pytest.mark.parametrize("question", ["How many people died in the 2000 flood?", "Quanti morti causò l'alluvione del 2000?"])
def test_another_year_than_the_events_own_is_not_answered(run: Any, write: Any, question: str) -> None:
    result = run("ask", question, "-f", str(write(FLOOD)), "--format", "json")
    assert result.exit_code == 1, result.stdout


def test_the_events_own_year_is_answered(run: Any, write: Any) -> None:
    result = run("ask", "How many people died in the 1951 flood?", "-f", str(write(FLOOD)), "--format", "json")
    assert json.loads(result.stdout)["answer"]["id"] == "flood-deaths", result.stdout
    assert result.exit_code == 0
