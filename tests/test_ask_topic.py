"""The thing a whole fact file is about, named in a question beside something else, need not be named by the fact
that answers: in a file on trams, "Where was Rossi's tram service run from?" is about Rossi's service."""

from __future__ import annotations

import json
from typing import Any

import pytest

_HEAD = """\
format: 1
sources:
  - {id: wiki, title: Trams, language: en}
entities:
  - {id: tram, kind: KIND, names: {en: [tram, trams], it: [tram]}}
  - {id: rossi, kind: person, names: {en: [Ada Rossi], it: [Ada Rossi]}}
  - {id: depot, kind: place, names: {en: [North Depot], it: [Deposito Nord]}}
facts:
  - id: rossi-depot
    type: location
    value: {place: {en: North Depot, it: Deposito Nord}}
    statement: {en: Ada Rossi's service was run from the North Depot., it: Il servizio di Ada Rossi partiva dal Deposito Nord.}
    entities: [rossi, depot]
    status: stated
    source: {id: wiki, excerpt: run from the North Depot}
"""
_OTHER = """\
  - id: tram-fact-{n}
    type: date
    value: {{date: "19{n:02d}"}}
    statement: {{en: Tram line {n} opened in 19{n:02d}., it: La linea {n} del tram aprì nel 19{n:02d}.}}
    entities: [{ent}]
    status: stated
    source: {{id: wiki, excerpt: opened}}
"""


def _file(kind: str, naming_tram: int) -> str:
    """A file of 12 facts, `naming_tram` of which name the tram (an entity of `kind`)."""
    return _HEAD.replace("KIND", kind) + "".join(
        _OTHER.format(n=n, ent="tram" if n < naming_tram else "depot") for n in range(11))


def test_the_files_own_thing_need_not_be_named_by_the_answer(run: Any, write: Any) -> None:
    """Ten of twelve facts name the tram: a question naming it and Rossi is answered by Rossi's fact."""
    result = run("ask", "Where was Ada Rossi's tram service run from?", "-f", str(write(_file("thing", 10))),
                 "--format", "value")
    assert result.exit_code == 0 and result.stdout == "North Depot\n"


@pytest.mark.parametrize(("kind", "naming_tram"), [("thing", 2), ("event", 10)])
def test_a_thing_the_file_is_not_about_or_an_event_must_be_named(run: Any, write: Any, kind: str,
                                                                 naming_tram: int) -> None:
    """Named by only two facts, or an event (which a question asks about): the fact must name it; refused."""
    result = run("ask", "Where was Ada Rossi's tram service run from?", "-f", str(write(_file(kind, naming_tram))),
                 "--format", "value")
    assert result.exit_code == 1 and result.stdout == ""


DAM = """\
format: 1
sources:
  - {id: paper, title: Paper, language: en}
entities:
  - {id: flood, kind: event, names: {en: [the Vale flood], it: [l'alluvione della Valle]}}
facts:
  - id: flood-ranking
    type: event
    value: {name: {en: worst flood of the valley, it: peggiore alluvione della valle}}
    statement: {en: The Vale flood is the worst in the valley's history., it: L'alluvione della Valle è la peggiore della sua storia.}
    entities: [flood]
    status: stated
    source: {id: paper, excerpt: the worst in the valley's history}
  - id: flood-victims
    type: count
    value: {number: 40, unit: {en: victims, it: vittime}}
    statement: {en: "The Vale flood was the worst of the century, with 40 victims.", it: "L'alluvione della Valle fu la peggiore del secolo, con 40 vittime."}
    entities: [flood]
    status: stated
    source: {id: paper, excerpt: worst of the century}
  - id: flood-cause
    type: event
    value: {name: {en: dam failure, it: cedimento della diga}}
    statement: {en: The Vale flood was caused by the failure of the dam., it: L'alluvione della Valle fu causata dal cedimento della diga.}
    entities: [flood]
    status: stated
    source: {id: paper, excerpt: caused by the failure of the dam}
"""


@pytest.mark.parametrize("question", ["What caused the Vale flood?", "Qual è stata la causa dell'alluvione della Valle?",
                                      "Perché c'è stata l'alluvione della Valle?"])
def test_a_fact_that_says_what_caused_it_answers_why(run: Any, write: Any, question: str) -> None:
    """"What caused...?" asks a why: the fact that says it was caused by something answers it, in both languages."""
    data = json.loads(run("ask", question, "-f", str(write(DAM)), "--json").stdout)
    assert data["answer"]["id"] == "flood-cause", question


def test_a_question_asking_no_cause_is_not_moved_to_the_cause(run: Any, write: Any) -> None:
    """The negative case: "How many victims did the Vale flood have?" asks a count."""
    data = json.loads(run("ask", "How many victims did the Vale flood have?", "-f", str(write(DAM)), "--json").stdout)
    assert data["answer"]["id"] == "flood-victims"
