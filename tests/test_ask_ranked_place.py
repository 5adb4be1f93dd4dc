"""A noun that would guess a kind ("place", "posto", "year") right after an ordinal names a rank, not the kind:
"the third place match" asks no place, "il terzo posto" no location."""

from __future__ import annotations

from typing import Any

import pytest

from factcli.ask.question import parse

RACE = """\
format: 1
sources:
  - {id: paper, title: City paper, language: en}
entities:
  - {id: rossi, kind: person, names: {en: [Ada Rossi, Rossi], it: [Ada Rossi, Rossi]}}
  - {id: race, kind: event, names: {en: [the Vela race], it: [la corsa Vela]}}
facts:
  - id: rossi-third
    type: event
    value: {name: {en: third place for Rossi, it: terzo posto per Rossi}}
    statement: {en: Ada Rossi finished in third place in the Vela race., it: Ada Rossi arrivò al terzo posto nella corsa Vela.}
    entities: [rossi, race]
    status: stated
    source: {id: paper, excerpt: third place}
  - id: race-town
    type: location
    value: {place: {en: Lugo, it: Lugo}}
    statement: {en: The Vela race was held in Lugo., it: La corsa Vela si tenne a Lugo.}
    entities: [race]
    status: stated
    source: {id: paper, excerpt: held in Lugo}
"""


@pytest.mark.parametrize("question", ["Vela race third place", "corsa Vela terzo posto"])
def test_a_ranked_place_is_no_location_question(run: Any, write: Any, question: str) -> None:
    """The keywords ask who came third, not where the race was: the rank's fact answers, not the town."""
    assert parse(question).kind == "entity"
    result = run("ask", question, "-f", str(write(RACE)), "--json")
    assert result.exit_code == 0 and '"id": "rossi-third"' in result.stdout


def test_place_alone_still_asks_where(run: Any, write: Any) -> None:
    """The negative case: "place" with no ordinal before it still asks a location."""
    assert parse("Vela race place").kind == "location"
    result = run("ask", "Vela race place", "-f", str(write(RACE)), "--format", "value")
    assert result.exit_code == 0 and result.stdout.startswith("Lugo")
