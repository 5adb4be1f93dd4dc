"""A claim that puts the wrong one behind an act ("designed by Ada Rossi") is contradicted by the fact that says
who did that very act, even after a role ("by the engineer Carlo Bianchi"); a fact about another thing of the same
name ("the New Bridge", where the claim names the file's own bridge) does not confirm it; and a fact where someone
did another act ("chaired by") corrects nothing."""

from __future__ import annotations

import json
from typing import Any

import pytest

BRIDGES = """\
format: 1
sources:
  - {id: paper, title: The Gazette, language: en}
entities:
  - {id: old-bridge, kind: thing, names: {en: [the Old Bridge, the bridge], it: [il Ponte Vecchio, il ponte]}}
  - {id: new-bridge, kind: thing, names: {en: [the New Bridge], it: [il Ponte Nuovo]}}
  - {id: rossi, kind: person, names: {en: [Ada Rossi, Rossi], it: [Ada Rossi, Rossi]}}
  - {id: bianchi, kind: person, names: {en: [Carlo Bianchi, Bianchi], it: [Carlo Bianchi, Bianchi]}}
  - {id: neri, kind: person, names: {en: [Bruno Neri, Neri], it: [Bruno Neri, Neri]}}
facts:
  - id: old-designer
    type: event
    value: {name: {en: design by Carlo Bianchi, it: progetto di Carlo Bianchi}}
    statement: {en: The Old Bridge was designed by the engineer Carlo Bianchi., it: Il Ponte Vecchio fu progettato dall'ingegnere Carlo Bianchi.}
    entities: [old-bridge, bianchi]
    status: stated
    source: {id: paper, excerpt: designed by the engineer Carlo Bianchi}
  - id: new-design
    type: event
    value: {name: {en: design by Ada Rossi, it: progetto di Ada Rossi}}
    statement: {en: The New Bridge was designed by the architect Ada Rossi and built in two years., it: Il Ponte Nuovo fu progettato dall'architetta Ada Rossi e costruito in due anni.}
    entities: [new-bridge, rossi]
    status: stated
    source: {id: paper, excerpt: designed by the architect Ada Rossi}
  - id: council-rebuild
    type: event
    value: {name: {en: decision to rebuild, it: decisione di ricostruire}}
    statement: {en: "The council, chaired by the mayor Bruno Neri, decided to put up a new bridge.", it: "Il consiglio, presieduto dal sindaco Bruno Neri, decise di erigere un nuovo ponte."}
    entities: [neri]
    status: stated
    source: {id: paper, excerpt: chaired by the mayor Bruno Neri}
  - id: old-0
    type: date
    value: {date: "1901"}
    statement: {en: The Old Bridge was opened to traffic in 1901., it: Il Ponte Vecchio nel 1901 fu oggetto di lavori (opened to traffic).}
    entities: [old-bridge]
    status: stated
    source: {id: paper, excerpt: opened to traffic}
  - id: old-1
    type: date
    value: {date: "1902"}
    statement: {en: The Old Bridge was painted red in 1902., it: Il Ponte Vecchio nel 1902 fu oggetto di lavori (painted red).}
    entities: [old-bridge]
    status: stated
    source: {id: paper, excerpt: painted red}
  - id: old-2
    type: date
    value: {date: "1910"}
    statement: {en: The Old Bridge was widened in 1910., it: Il Ponte Vecchio nel 1910 fu oggetto di lavori (widened).}
    entities: [old-bridge]
    status: stated
    source: {id: paper, excerpt: widened}
  - id: old-3
    type: date
    value: {date: "1920"}
    statement: {en: The Old Bridge was lit at night in 1920., it: Il Ponte Vecchio nel 1920 fu oggetto di lavori (lit at night).}
    entities: [old-bridge]
    status: stated
    source: {id: paper, excerpt: lit at night}
  - id: old-4
    type: date
    value: {date: "1930"}
    statement: {en: The Old Bridge was closed for repairs in 1930., it: Il Ponte Vecchio nel 1930 fu oggetto di lavori (closed for repairs).}
    entities: [old-bridge]
    status: stated
    source: {id: paper, excerpt: closed for repairs}
  - id: old-5
    type: date
    value: {date: "1940"}
    statement: {en: The Old Bridge was damaged by a flood in 1940., it: Il Ponte Vecchio nel 1940 fu oggetto di lavori (damaged by a flood).}
    entities: [old-bridge]
    status: stated
    source: {id: paper, excerpt: damaged by a flood}
  - id: old-6
    type: date
    value: {date: "1950"}
    statement: {en: The Old Bridge was reopened in 1950., it: Il Ponte Vecchio nel 1950 fu oggetto di lavori (reopened).}
    entities: [old-bridge]
    status: stated
    source: {id: paper, excerpt: reopened}
"""


@pytest.mark.parametrize(("claim", "verdict", "fact"), [
    ("Claim: the Old Bridge was designed by Ada Rossi", "contradicted", "old-designer"),
    ("Il Ponte Vecchio fu progettato da Ada Rossi?", "contradicted", "old-designer"),
    ("Claim: the New Bridge was designed by Ada Rossi", "confirmed", "new-design"),
    ("Claim: the Old Bridge was designed by Carlo Bianchi", "confirmed", "old-designer"),
])
def test_who_did_it_is_judged_by_the_fact_of_that_very_thing(run: Any, write: Any, claim: str, verdict: str,
                                                             fact: str) -> None:
    result = run("ask", claim, "-f", str(write(BRIDGES)), "--format", "json")
    data = json.loads(result.stdout)
    assert (data["verdict"], data["answer"]["id"]) == (verdict, fact), result.stdout
    assert result.exit_code == 0


def test_someone_behind_another_act_corrects_nothing(run: Any, write: Any) -> None:
    """The mayor chaired the council that decided to rebuild: not who rebuilt it."""
    result = run("ask", "Claim: the Old Bridge was rebuilt by Ada Rossi", "-f", str(write(BRIDGES)), "--format", "json")
    data = json.loads(result.stdout)
    assert data["verdict"] == "not in the facts" and data["answer"] is None, result.stdout
    assert result.exit_code == 1


DAM = """\
format: 1
sources:
  - {id: paper, title: The Gazette, language: it}
entities:
  - {id: dam, kind: thing, names: {en: [the dam], it: [la diga]}}
facts:
  - id: dam-toll
    type: count
    value: {number: 356, unit: {en: dead, it: morti}}
    statement: {en: The collapse of the dam caused 356 deaths., it: Il crollo della diga causò 356 morti.}
    entities: [dam]
    status: stated
    source: {id: paper, excerpt: il crollo causò 356 morti}
"""


@pytest.mark.parametrize("claim", ["È vero che il crollo della diga fu causato da un attentato?",
                                   "Claim: the collapse of the dam was caused by an earthquake."])
def test_a_cause_no_fact_says_after_by_is_not_let_pass(run: Any, write: Any, claim: str) -> None:
    """What a claim says did it, a word no fact uses after "caused by", is its point: a fact that the collapse caused
    deaths does not confirm that an attack caused the collapse."""
    data = json.loads(run("ask", claim, "-f", str(write(DAM)), "--format", "json").stdout)
    assert data["verdict"] == "not in the facts", data


def test_a_claim_with_its_cause_in_the_facts_is_judged(run: Any, write: Any) -> None:
    """The negative case: "caused" said by the fact, and no word after "by" that no fact uses."""
    data = json.loads(run("ask", "Claim: the collapse of the dam caused 356 deaths.", "-f", str(write(DAM)),
                          "--format", "json").stdout)
    assert data["verdict"] == "confirmed" and data["answer"]["id"] == "dam-toll", data


CONCERT = """\
format: 1
sources:
  - {id: paper, title: The Gazette, language: en}
entities:
  - {id: bianchi, kind: person, names: {en: [Carlo Bianchi, Bianchi], it: [Carlo Bianchi, Bianchi]}}
facts:
  - id: concert-conductor
    type: event
    value: {name: {en: Bianchi conducts, it: Bianchi dirige}}
    statement: {en: Carlo Bianchi was the conductor of the opening concert., it: Il direttore del concerto inaugurale fu Carlo Bianchi.}
    entities: [bianchi]
    status: stated
    source: {id: paper, excerpt: Bianchi was the conductor}
"""


def test_a_doer_named_otherwise_is_contradicted(run: Any, write: Any) -> None:
    """"Mancinelli conducted" stands where the fact has "Bianchi was the conductor": a name no fact knows in the place of
    the one the fact gives, which corrects it."""
    data = json.loads(run("ask", "Claim: Mancinelli conducted the opening concert.", "-f", str(write(CONCERT)),
                          "--format", "json").stdout)
    assert data["verdict"] == "contradicted" and data["answer"]["id"] == "concert-conductor", data


def test_the_doer_the_fact_names_is_confirmed(run: Any, write: Any) -> None:
    """The negative case: the conductor the fact names."""
    data = json.loads(run("ask", "Claim: Carlo Bianchi conducted the opening concert.", "-f", str(write(CONCERT)),
                          "--format", "json").stdout)
    assert data["verdict"] == "confirmed" and data["answer"]["id"] == "concert-conductor", data
