""""Besides X" / "oltre a X" rules X out of the answer, unless the fact sets X apart itself ("X's other moons");
"oltre X" without "a" is "beyond X", which rules nothing out."""

from __future__ import annotations

import json
from typing import Any

import pytest

PLANETS = """\
format: 1
sources:
  - {id: book, title: A book, language: it}
entities:
  - {id: urano, kind: thing, names: {it: [Urano], en: [Uranus]}}
  - {id: tritone, kind: thing, names: {it: [Tritone], en: [Triton]}}
  - {id: nettuno, kind: thing, names: {it: [Nettuno], en: [Neptune]}}
facts:
  - id: uranus-orbit
    type: event
    value: {name: {it: anomalie dell'orbita, en: orbit anomalies}}
    statement:
      it: Le anomalie nell'orbita di Urano fecero sospettare un altro pianeta.
      en: Anomalies in the orbit of Uranus made astronomers suspect another planet.
    entities: [urano]
    status: stated
    source: {id: book, excerpt: anomalie}
  - id: other-moons
    type: count
    value: {number: 13, unit: {it: lune, en: moons}}
    statement:
      it: Oltre a Tritone, Nettuno ha altre tredici lune.
      en: Besides Triton, Neptune has thirteen other moons.
    entities: [nettuno, tritone]
    status: stated
    source: {id: book, excerpt: tredici lune}
  - id: triton-size
    type: count
    value: {number: 2700, unit: {it: km, en: km}}
    statement: {it: Tritone misura 2700 km., en: Triton measures 2700 km.}
    entities: [tritone]
    status: stated
    source: {id: book, excerpt: 2700 km}
"""


@pytest.mark.parametrize(("question", "fact"), [
    ("Perché gli astronomi sospettavano un pianeta oltre Urano?", "uranus-orbit"),
    ("Quante lune ha Nettuno oltre a Tritone?", "other-moons"),
    ("Besides Triton, how many moons does Neptune have?", "other-moons"),
])
def test_beyond_is_not_besides_and_a_fact_may_set_apart_what_is_ruled_out(
        run: Any, write: Any, question: str, fact: str) -> None:
    """"oltre Urano" asks about Uranus; a fact of Neptune's other moons answers "besides Triton"."""
    result = run("ask", question, "-f", str(write(PLANETS)), "--format", "json")
    assert result.exit_code == 0 and json.loads(result.stdout)["answer"]["id"] == fact, result.stdout


def test_besides_still_rules_out_a_fact_of_what_it_names(run: Any, write: Any) -> None:
    """The negative case: "oltre a Tritone" rules out Triton's own size, which tells of no others."""
    result = run("ask", "Quanto misura oltre a Tritone?", "-f", str(write(PLANETS)), "--format", "json")
    assert result.exit_code == 1 and json.loads(result.stdout)["answer"] is None
