"""A how-many question counts the noun after "how many": a count whose statement, unit and counted thing never say
that noun counts something else ("How many mules died?" is not "437 miners died"), though the file may name it
elsewhere; "men" and "uomini" are anyone, as "people" is."""

from __future__ import annotations

import json
from typing import Any

import pytest

MINE = """\
format: 1
sources:
  - {id: paper, title: The Gazette, language: en}
entities:
  - {id: collapse, kind: event, names: {en: [the collapse], it: [il crollo]}}
facts:
  - id: death-toll
    type: count
    value: {number: 437, unit: {en: dead, it: morti}, counted: {en: miners who died, it: minatori morti}}
    statement: {en: 437 miners died in the collapse., it: 437 minatori morirono nel crollo.}
    entities: [collapse]
    status: stated
    source: {id: paper, excerpt: 437 miners died}
  - id: mules
    type: event
    value: {name: {en: mules lost, it: muli perduti}}
    statement: {en: An unknown number of mules also died in the collapse., it: Nel crollo morì anche un numero ignoto di muli.}
    entities: [collapse]
    status: stated
    source: {id: paper, excerpt: unknown number of mules}
"""


@pytest.mark.parametrize("question", ["How many mules died in the collapse?", "Quanti muli morirono nel crollo?",
                                      "How many women died in the collapse?", "Quante donne morirono nel crollo?"])
def test_a_count_of_another_thing_does_not_answer(run: Any, write: Any, question: str) -> None:
    """No count counts mules, nor women (a part of anyone, not anyone): no answer, and certainly not the toll."""
    result = run("ask", question, "-f", str(write(MINE)), "--format", "json")
    assert result.exit_code == 1 and json.loads(result.stdout)["answer"] is None, result.stdout


@pytest.mark.parametrize("question", ["How many miners died in the collapse?", "How many men died in the collapse?",
                                      "Quanti uomini morirono nel crollo?", "How many people died in the collapse?"])
def test_the_count_of_what_was_asked_answers(run: Any, write: Any, question: str) -> None:
    """The negative case: the miners, or anyone ("men", "uomini", "people"), are what the toll counts."""
    result = run("ask", question, "-f", str(write(MINE)), "--format", "json")
    assert result.exit_code == 0 and json.loads(result.stdout)["answer"]["id"] == "death-toll", result.stdout
