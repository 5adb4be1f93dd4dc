"""A place named by the question is named by a fact about an event named after it ("the 1883 eruption of
Vulcano Nero": how many died at Vulcano Nero?); not a person an event is named after, nor in a claim."""

from __future__ import annotations

import json
from typing import Any

import pytest

ERUPTION = """\
format: 1
sources:
  - {id: paper, title: The Gazette, language: en}
entities:
  - {id: island, kind: place, names: {en: [Karsa], it: [Karsa]}}
  - {id: eruption, kind: event, names: {en: [1883 eruption of Karsa, the eruption], it: [eruzione di Karsa del 1883]}}
  - {id: mott, kind: person, names: {en: [Edith Mott, Mott], it: [Edith Mott, Mott]}}
  - {id: survey, kind: event, names: {en: [Mott survey], it: [rilievo Mott]}}
facts:
  - id: death-toll
    type: count
    value: {number: 3600, unit: {en: deaths, it: morti}}
    statement: {en: The eruption caused 3600 deaths., it: L'eruzione causò 3600 morti.}
    entities: [eruption]
    status: stated
    source: {id: paper, excerpt: caused 3600 deaths}
  - id: island-height
    type: count
    value: {number: 800, unit: {en: metres, it: metri}}
    statement: {en: Karsa rises 800 metres above the sea., it: Karsa si alza 800 metri sul mare.}
    entities: [island]
    status: stated
    source: {id: paper, excerpt: rises 800 metres}
  - id: survey-ships
    type: count
    value: {number: 4, unit: {en: ships, it: navi}}
    statement: {en: The survey used 4 ships., it: Il rilievo usò 4 navi.}
    entities: [survey]
    status: stated
    source: {id: paper, excerpt: used 4 ships}
"""


def _ask(run: Any, write: Any, question: str) -> Any:
    """The CLI's JSON answer to a question on the eruption file."""
    return run("ask", question, "-f", str(write(ERUPTION)), "--format", "json")


@pytest.mark.parametrize("question", ["How many people died at Karsa?", "quanti morti karsa"])
def test_a_place_is_named_by_the_event_named_after_it(run: Any, write: Any, question: str) -> None:
    """The toll of the eruption of Karsa answers how many died at Karsa, though the fact names only the eruption."""
    result = _ask(run, write, question)
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["answer"]["id"] == "death-toll"


def test_a_person_is_not_named_by_an_event_named_after_them(run: Any, write: Any) -> None:
    """The negative case: a count of the Mott survey says nothing of how many ships Mott herself had."""
    result = _ask(run, write, "How many ships did Mott have?")
    assert result.exit_code == 1, result.stdout
