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


FIRE = """\
format: 1
sources:
  - {id: paper, title: City paper, language: en}
entities:
  - {id: fire, kind: event, names: {en: [the Mill Street fire], it: [l'incendio di Mill Street]}}
facts:
  - id: fire-place
    type: location
    value: {place: {en: "Mill Street, Avon", it: "Mill Street, Avon"}}
    statement: {en: The Mill Street fire broke out at the bakery in Mill Street., it: L'incendio di Mill Street scoppiò nel forno di Mill Street.}
    entities: [fire]
    status: stated
    source: {id: paper, excerpt: broke out at the bakery}
  - id: fire-deaths
    type: count
    value: {number: 3, unit: {en: deaths, it: morti}}
    statement: {en: The Mill Street fire left 3 deaths of smoke in the bakery., it: L'incendio di Mill Street fece 3 morti di fumo nel forno.}
    entities: [fire]
    status: stated
    source: {id: paper, excerpt: 3 deaths}
  - id: fire-cause
    type: event
    value: {name: {en: a gas leak, it: una fuga di gas}}
    statement: {en: The cause of the Mill Street fire was a gas leak in the oven., it: La causa dell'incendio di Mill Street fu una fuga di gas nel forno.}
    entities: [fire]
    status: stated
    source: {id: paper, excerpt: a gas leak}
"""


@pytest.mark.parametrize("question", ["What caused the Mill Street fire?", "Cosa ha causato l'incendio di Mill Street?"])
def test_a_street_in_the_name_of_what_was_caused_asks_no_place(run: Any, write: Any, question: str) -> None:
    """"What caused the Mill Street fire?" asks a cause, not which street (a place noun far from "what" is the
    name's), and "morti di fumo" (deaths from smoke) names no cause of the fire."""
    data = json.loads(run("ask", question, "-f", str(write(FIRE)), "--format", "json").stdout)
    assert data["answer"]["id"] == "fire-cause", data


def test_which_street_still_asks_a_place(run: Any, write: Any) -> None:
    """The negative case: "In which street..." asks where."""
    data = json.loads(run("ask", "In which street did the fire break out?", "-f", str(write(FIRE)),
                          "--format", "json").stdout)
    assert data["answer"]["id"] == "fire-place", data


@pytest.mark.parametrize(("statement", "names"), [
    ("The Mill Street fire left 3 deaths of smoke in the bakery.", False),
    ("L'incendio di Mill Street fece 3 morti di fumo nel forno.", False),
    ("The Mill Street fire caused 3 deaths.", False),
    ("The three bakers died of smoke in the Mill Street fire.", True),
    ("I tre fornai morirono per il fumo.", True),
    ("L'incendio di Mill Street fu provocato da una fuga di gas.", True),
    ("The cause of the Mill Street fire was a gas leak.", True),
    ("The baker was killed by a falling beam in the Mill Street fire.", True),
    ("The baker died by suicide after the Mill Street fire.", True),
])
def test_what_names_a_cause(write: Any, statement: str, names: bool) -> None:
    """A cause is named by a connective, a causing verb's agent or the noun; not by "morti di" (deaths of), nor
    by what the thing itself caused."""
    from factcli import FactBase
    from factcli.ask.causes import names_cause

    data = FIRE.replace("{en: The cause of the Mill Street fire was a gas leak in the oven., it: La causa dell'incendio "
                        "di Mill Street fu una fuga di gas nel forno.}", f"{{en: {statement}, it: {statement}}}")
    fact = FactBase.load([str(write(data))]).fact("fire-cause")
    assert fact is not None
    assert names_cause(fact, {"fire", "mill", "street"}) is names, statement


@pytest.mark.parametrize(("words", "asks"), [(("how", "did", "ada", "die"), True), (("come", "e", "morto", "rossi"), True),
                                             (("how", "many", "people", "died"), False),
                                             (("how", "did", "ada", "travel"), False)])
def test_how_someone_died_asks_what_killed_them(words: tuple[str, ...], asks: bool) -> None:
    """"How did Ada die?" asks a cause of death; "How many died?" asks a number."""
    from factcli.ask.causes import asks_cause

    assert asks_cause(frozenset(), words) is asks


SPAN = """\
format: 1
sources:
  - {id: paper, title: City paper, language: en}
entities:
  - {id: span, kind: thing, names: {en: [the central span], it: [la campata centrale]}}
facts:
  - id: span-fell-date
    type: date
    value: {date: "1916-09-11"}
    statement: {en: The central span fell on 11 September 1916., it: La campata centrale cadde l'11 settembre 1916.}
    entities: [span]
    status: stated
    source: {id: paper, excerpt: fell on 11 September 1916}
"""
SPAN_CAUSE = SPAN + """\
  - id: span-fell-cause
    type: event
    value: {name: {en: the fall of the central span, it: la caduta della campata centrale}}
    statement: {en: In 1916 the central span fell after a casting broke., it: Nel 1916 la campata centrale cadde dopo la rottura di una fusione.}
    entities: [span]
    status: stated
    source: {id: paper, excerpt: fell after a casting broke}
"""


def test_a_date_is_no_reason_for_a_why_question(run: Any, write: Any) -> None:
    """"Why did the span fall in 1916?" is not answered by the day it fell; the fact that tells why answers."""
    alone = run("ask", "Why did the central span fall in 1916?", "-f", str(write(SPAN)), "--format", "json")
    assert alone.exit_code == 1 and json.loads(alone.stdout)["answer"] is None, alone.stdout
    told = run("ask", "Why did the central span fall in 1916?", "-f", str(write(SPAN_CAUSE)), "--format", "json")
    assert json.loads(told.stdout)["answer"]["id"] == "span-fell-cause", told.stdout
