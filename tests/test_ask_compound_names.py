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


MISSIONS = """\
format: 1
sources:
  - {id: paper, title: The Gazette, language: en}
entities:
  - {id: sts-51-l, kind: event, names: {en: [STS-51-L], it: [STS-51-L]}}
  - {id: sts-26, kind: event, names: {en: [STS-26], it: [STS-26]}}
  - {id: scobee, kind: person, names: {en: [Francis Scobee, Scobee], it: [Francis Scobee, Scobee]}}
  - {id: hauck, kind: person, names: {en: [Frederick Hauck, Hauck], it: [Frederick Hauck, Hauck]}}
facts:
  - id: crew-51-l
    type: event
    value: {name: {en: commander Scobee, it: comandante Scobee}}
    statement: {en: The commander of STS-51-L was Francis Scobee., it: Il comandante di STS-51-L era Francis Scobee.}
    entities: [sts-51-l, scobee]
    status: stated
    source: {id: paper, excerpt: commander Francis Scobee}
  - id: crew-26
    type: event
    value: {name: {en: commander Hauck, it: comandante Hauck}}
    statement: {en: The commander of STS-26 was Frederick Hauck., it: Il comandante di STS-26 era Frederick Hauck.}
    entities: [sts-26, hauck]
    status: stated
    source: {id: paper, excerpt: commander Frederick Hauck}
"""


@pytest.mark.parametrize(("question", "fact"), [
    ("Who was the commander of STS-51-L?", "crew-51-l"),
    ("Who was the commander of STS-26?", "crew-26"),
])
def test_a_numbered_name_that_goes_on_is_not_another_number_of_a_shorter_one(run: Any, write: Any, question: str,
                                                                             fact: str) -> None:
    """"STS-51-L" is a name of its own, not a number the facts do not know of the "STS-26" kind."""
    result = run("ask", question, "-f", str(write(MISSIONS)), "--format", "json")
    assert result.exit_code == 0 and json.loads(result.stdout)["answer"]["id"] == fact, result.stdout


def test_another_number_of_a_numbered_name_is_still_refused(run: Any, write: Any) -> None:
    result = run("ask", "Who was the commander of STS-27?", "-f", str(write(MISSIONS)), "--format", "json")
    assert result.exit_code == 1 and "sts 27" in result.stderr, result.stderr
