"""A compound's head comes last in English: "the Ravel mine disaster" names the disaster, also where "Ravel
mine" names the mine; a name the question gives whole still names its own entity."""

from __future__ import annotations

import json
from typing import Any

import pytest

MINE = """\
format: 1
sources:
  - {id: paper, title: The Gazette, language: en}
entities:
  - {id: mine, kind: place, names: {en: [Ravel mine], it: [miniera Ravel]}}
  - {id: disaster, kind: event, names: {en: [Ravel disaster], it: [disastro di Ravel]}}
facts:
  - id: death-toll
    type: count
    value: {number: 60, unit: {en: dead, it: morti}}
    statement: {en: The Ravel disaster killed 60 people., it: Il disastro di Ravel uccise 60 persone.}
    entities: [disaster]
    status: stated
    source: {id: paper, excerpt: killed 60 people}
  - id: people-present
    type: count
    value: {number: 80, unit: {en: people, it: persone}}
    statement: {en: There were 80 people in the Ravel mine when the disaster struck., it: Nella miniera Ravel c'erano 80 persone quando avvenne il disastro.}
    entities: [mine]
    status: stated
    source: {id: paper, excerpt: 80 people in the Ravel mine}
"""


@pytest.mark.parametrize(("question", "fact"), [("How many people died in the Ravel mine disaster?", "death-toll"),
                                                ("How many people were in the Ravel mine?", "people-present")])
def test_the_last_word_of_a_compound_names_what_is_asked_about(run: Any, write: Any, question: str, fact: str) -> None:
    """"Ravel mine disaster" is the disaster; "Ravel mine" (the negative case) is still the mine."""
    data = json.loads(run("ask", question, "-f", str(write(MINE)), "--format", "json").stdout)
    assert data["answer"]["id"] == fact, data
