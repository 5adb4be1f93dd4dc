"""A verb with a particle is read as the one verb it means ("pass away": died, "kick off": began, "come off the
rails": derailed); the verb alone keeps its own sense."""

from __future__ import annotations

import json
from typing import Any

import pytest

TOWN = """\
format: 1
sources:
  - {id: paper, title: The Gazette, language: en}
entities:
  - {id: neri, kind: person, names: {en: [Ada Neri], it: [Ada Neri]}}
  - {id: fair, kind: event, names: {en: [the river fair], it: [la fiera del fiume]}}
  - {id: train, kind: thing, names: {en: [the night train], it: [il treno notturno]}}
facts:
  - id: neri-died
    type: date
    value: {date: "1990-03-03"}
    statement: {en: Ada Neri died on 3 March 1990., it: Ada Neri morì il 3 marzo 1990.}
    entities: [neri]
    status: stated
    source: {id: paper, excerpt: died on 3 March 1990}
  - id: fair-began
    type: date
    value: {date: "1991-06-02"}
    statement: {en: The river fair began on 2 June 1991., it: La fiera del fiume cominciò il 2 giugno 1991.}
    entities: [fair]
    status: stated
    source: {id: paper, excerpt: began on 2 June 1991}
  - id: train-derailed
    type: date
    value: {date: "1992-01-05"}
    statement: {en: The night train derailed on 5 January 1992., it: Il treno notturno deragliò il 5 gennaio 1992.}
    entities: [train]
    status: stated
    source: {id: paper, excerpt: derailed on 5 January 1992}
"""


@pytest.mark.parametrize(("question", "fact"), [("When did Ada Neri pass away?", "neri-died"),
                                                ("When did the river fair kick off?", "fair-began"),
                                                ("When did the night train come off the rails?", "train-derailed")])
def test_a_verb_with_a_particle_means_one_verb(run: Any, write: Any, question: str, fact: str) -> None:
    """Each is answered by the fact that says the one verb."""
    result = run("ask", question, "-f", str(write(TOWN)), "--json")
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["answer"]["id"] == fact


def test_the_verb_alone_keeps_its_sense(run: Any, write: Any) -> None:
    """The negative case: "pass" without "away" is no dying."""
    assert run("ask", "When did Ada Neri pass the bridge?", "-f", str(write(TOWN))).exit_code == 1
