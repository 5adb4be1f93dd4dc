"""A claim's cause, the word right after "because of", "due to", "a causa di", is its very point: one no fact uses
is never let pass as an everyday word, so a fact that the ship sank does not confirm that a typhoon sank it."""

from __future__ import annotations

import json
from typing import Any

import pytest

FERRY = """\
format: 1
sources:
  - {id: paper, title: The Gazette, language: en}
entities:
  - {id: ferry, kind: thing, names: {en: [the ferry], it: [il traghetto]}}
facts:
  - id: sank-after-fire
    type: event
    value: {name: {en: the sinking, it: l'affondamento}}
    statement: {en: The ferry sank within two hours because of the fire that followed the collision., it: Il traghetto affondò in due ore a causa dell'incendio seguito alla collisione.}
    entities: [ferry]
    status: stated
    source: {id: paper, excerpt: sank within two hours}
  - id: passengers
    type: count
    value: {number: 1500, unit: {en: passengers, it: passeggeri}}
    statement: {en: The ferry carried 1500 passengers., it: Il traghetto trasportava 1500 passeggeri.}
    entities: [ferry]
    status: stated
    source: {id: paper, excerpt: carried 1500 passengers}
"""


@pytest.mark.parametrize("claim", ["Claim: the ferry sank because of a typhoon.",
                                   "Affermazione: il traghetto affondò a causa di un tifone.",
                                   "Claim: the ferry sank due to a typhoon."])
def test_a_cause_no_fact_gives_is_not_confirmed(run: Any, write: Any, claim: str) -> None:
    """No fact says "typhoon": the sinking does not confirm it."""
    data = json.loads(run("ask", claim, "-f", str(write(FERRY)), "--format", "json").stdout)
    assert data["verdict"] == "not in the facts", data


@pytest.mark.parametrize("claim", ["Claim: the ferry sank because of the fire.",
                                   "Affermazione: il traghetto affondò a causa dell'incendio."])
def test_the_cause_a_fact_gives_is_confirmed(run: Any, write: Any, claim: str) -> None:
    """The negative case: the fire is the cause the fact gives."""
    data = json.loads(run("ask", claim, "-f", str(write(FERRY)), "--format", "json").stdout)
    assert (data["verdict"], data["answer"]["id"]) == ("confirmed", "sank-after-fire"), data
