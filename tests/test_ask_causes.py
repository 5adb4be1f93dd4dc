"""A what-caused question ("What caused the flood?", "What killed them?") is answered by the fact that names
the cause ("caused by", "due to", "died of"), not by one that tells what the thing itself caused."""

from __future__ import annotations

import json
from typing import Any

import pytest

FLOOD = """\
format: 1
sources:
  - {id: paper, title: City paper, language: en}
entities:
  - {id: flood, kind: event, names: {en: [the Avon flood], it: [l'alluvione dell'Avon]}}
  - {id: crew, kind: organisation, names: {en: [the dredger crew], it: [l'equipaggio della draga]}}
facts:
  - id: flood-deaths
    type: count
    value: {number: 12, unit: {en: deaths, it: morti}}
    statement: {en: The Avon flood caused 12 deaths in the valley., it: L'alluvione dell'Avon causò 12 morti nella valle.}
    entities: [flood]
    status: stated
    source: {id: paper, excerpt: caused 12 deaths}
  - id: flood-cause
    type: event
    value: {name: {en: a week of heavy rain, it: una settimana di piogge}}
    statement: {en: The Avon flood was brought on by a week of heavy rain., it: L'alluvione dell'Avon fu provocata da una settimana di piogge.}
    entities: [flood]
    status: stated
    source: {id: paper, excerpt: a week of heavy rain}
  - id: crew-lost
    type: count
    value: {number: 4, unit: {en: crewmen, it: marinai}}
    statement: {en: The Avon flood killed 4 men of the dredger crew., it: L'alluvione dell'Avon uccise 4 uomini dell'equipaggio della draga.}
    entities: [crew, flood]
    status: stated
    source: {id: paper, excerpt: killed 4 men}
  - id: crew-death-cause
    type: event
    value: {name: {en: drowning, it: annegamento}}
    statement: {en: The four men of the dredger crew died of drowning., it: I quattro uomini dell'equipaggio della draga morirono per annegamento.}
    entities: [crew]
    status: stated
    source: {id: paper, excerpt: died of drowning}
"""


@pytest.mark.parametrize(("question", "expected"), [
    ("What caused the Avon flood?", "flood-cause"),
    ("Cosa ha provocato l'alluvione dell'Avon?", "flood-cause"),
    ("What killed the dredger crew?", "crew-death-cause"),
])
def test_a_cause_is_answered_by_the_fact_that_names_it(run: Any, write: Any, question: str, expected: str) -> None:
    """The fact naming the cause answers; the flood's own toll, which it caused, does not."""
    data = json.loads(run("ask", question, "-f", str(write(FLOOD)), "--format", "json").stdout)
    assert data["answer"]["id"] == expected, data


def test_what_the_thing_caused_is_still_its_toll(run: Any, write: Any) -> None:
    """The negative case: asked how many died, the count it caused answers, not the cause."""
    data = json.loads(run("ask", "How many deaths did the Avon flood cause?", "-f", str(write(FLOOD)),
                          "--format", "json").stdout)
    assert data["answer"]["id"] == "flood-deaths", data
