"""A which-question asks for the things themselves: "Which country...?" is not answered by "5 countries", nor
"Which five countries...?" by a fact that says there were five, or by one naming a single country."""

from __future__ import annotations

import json
from typing import Any

import pytest

from factcli.ask.question import parse

TRIPS = """\
format: 1
sources:
  - {id: log, title: Travel log, language: en}
entities:
  - {id: rossi, kind: person, names: {en: [Ada Rossi], it: [Ada Rossi]}}
  - {id: france, kind: country, names: {en: [France], it: [Francia]}}
facts:
  - id: rossi-five-countries
    type: count
    value: {number: 5, unit: {en: countries, it: paesi}}
    statement: {en: Ada Rossi has visited five countries., it: Ada Rossi ha visitato cinque paesi.}
    entities: [rossi]
    status: stated
    source: {id: log, excerpt: five countries}
  - id: rossi-nine-trips
    type: count
    value: {number: 9, unit: {en: trips, it: viaggi}}
    statement: {en: Ada Rossi made nine trips to five countries., it: Ada Rossi ha fatto nove viaggi in cinque paesi.}
    entities: [rossi]
    status: stated
    source: {id: log, excerpt: nine trips}
  - id: rossi-in-france
    type: event
    value: {name: {en: a visit to France, it: una visita in Francia}}
    statement: {en: Ada Rossi visited France., it: Ada Rossi ha visitato la Francia.}
    entities: [rossi, france]
    status: stated
    source: {id: log, excerpt: visited France}
"""


@pytest.mark.parametrize("question", ["Which five countries did Ada Rossi visit?",
                                      "Quali cinque paesi ha visitato Ada Rossi?"])
def test_which_five_is_not_answered_by_the_number_nor_by_one(run: Any, write: Any, question: str) -> None:
    """No fact names five countries: refused, not '5 countries', not 'nine trips to five countries', not France."""
    result = run("ask", question, "-f", str(write(TRIPS)), "--format", "value")
    assert result.exit_code == 1 and result.stdout == ""


def test_which_country_is_answered_by_the_country_not_the_count(run: Any, write: Any) -> None:
    """'Which country...?' gets the fact naming a country; 'How many countries...?' still gets the count."""
    path = str(write(TRIPS))
    which = run("ask", "Which country did Ada Rossi visit?", "-f", path, "--format", "plain")
    assert which.exit_code == 0 and which.stdout.splitlines()[0] == "a visit to France"
    many = run("ask", "How many countries has Ada Rossi visited?", "-f", path, "--format", "value")
    assert many.stdout == "5\n"


STATUES = """\
format: 1
sources:
  - {id: book, title: A book, language: en}
entities:
  - {id: statues, kind: thing, names: {it: [le statue, statue], en: [the statues, statues]}}
facts:
  - id: found-at-sea
    type: location
    value: {place: {it: Marina di Riva, en: Marina di Riva}}
    statement: {it: Le statue furono trovate in mare davanti a Marina di Riva., en: The statues were found in the sea off Marina di Riva.}
    entities: [statues]
    status: stated
    source: {id: book, excerpt: found in the sea}
  - id: kept-in-museum
    type: location
    value: {place: {it: Museo civico, en: City Museum}}
    statement: {it: Oggi le statue sono al Museo civico., en: Today the statues are in the City Museum.}
    entities: [statues]
    status: stated
    source: {id: book, excerpt: City Museum}
"""


@pytest.mark.parametrize(("question", "fact"), [("Where are the statues now?", "kept-in-museum"),
                                                ("Dove si trovano oggi le statue?", "kept-in-museum"),
                                                ("Where were the statues found?", "found-at-sea")])
def test_now_asks_where_something_is_today(run: Any, write: Any, question: str, fact: str) -> None:
    """"now", "oggi" prefer the fact that tells of today (it got where they were found, a new user's trial);
    without it, where they were found answers."""
    result = run("ask", question, "-f", str(write(STATUES)), "--format", "json")
    assert result.exit_code == 0 and json.loads(result.stdout)["answer"]["id"] == fact, result.stdout


TOWNS = """\
format: 1
sources:
  - {id: paper, title: A paper, language: it}
entities:
  - {id: cloud, kind: event, names: {it: [la nube tossica, nube tossica], en: [the toxic cloud, toxic cloud]}}
  - {id: meda, kind: place, names: {it: [Meda], en: [Meda]}}
  - {id: desio, kind: place, names: {it: [Desio], en: [Desio]}}
  - {id: italy, kind: country, names: {it: [Italia], en: [Italy]}}
facts:
  - id: towns-hit
    type: event
    value: {name: {it: contaminazione, en: contamination}}
    statement: {it: La nube tossica colpì Meda e Desio., en: The toxic cloud hit Meda and Desio.}
    entities: [cloud, meda, desio]
    status: stated
    source: {id: paper, excerpt: Meda e Desio}
  - id: mayor-spoke
    type: event
    value: {name: {it: il sindaco, en: the mayor}}
    statement: {it: Il sindaco del comune parlò della nube tossica., en: The town's mayor spoke of the toxic cloud.}
    entities: [cloud]
    status: stated
    source: {id: paper, excerpt: Il sindaco}
vocabulary:
  paesi: [comune]
  paese: [comune]
"""


@pytest.mark.parametrize("question", ["Quali paesi colpì la nube tossica?", "Quale paese colpì la nube tossica?"])
def test_paese_is_a_village_as_well_as_a_country(run: Any, write: Any, question: str) -> None:
    """"paesi" are villages too: the towns answer (they were ruled out, "names no paesi", a new user's trial)."""
    result = run("ask", question, "-f", str(write(TOWNS)), "--format", "json")
    assert result.exit_code == 0 and json.loads(result.stdout)["answer"]["id"] == "towns-hit", result.stdout


def test_which_country_still_needs_a_country(run: Any, write: Any) -> None:
    """The negative case: "which country" is not answered by two towns."""
    result = run("ask", "Which country did the toxic cloud hit?", "-f", str(write(TOWNS)), "--format", "json")
    assert result.exit_code == 1


@pytest.mark.parametrize(("text", "kind"), [
    ("Which meeting of the year was the gala?", "entity"), ("Quale incontro dell'anno era il gala?", "entity"),
    ("Was the gala the seventh meeting of the year?", "entity"), ("Il gala era il settimo incontro dell'anno?", "entity"),
    ("Which year was the gala?", "date"), ("gala rossi anno", "date"), ("In che anno si tenne il gala?", "date"),
    ("In che giorno si tenne il gala?", "date"), ("What day was the gala?", "date"),
    ("In che giorno della settimana si tenne il gala?", "entity"),
    ("In che anni si tenne il gala?", "date"), ("In which years was the gala held?", "date"),
    ("In quali anni si tenne il gala?", "date"),
])
def test_a_noun_after_of_asks_no_kind(text: str, kind: str) -> None:
    """"The meeting of the year": the year only qualifies the meeting; "which year", "anno" alone still ask one."""
    assert parse(text).kind == kind


WATCH = """\
format: 1
sources:
  - {id: paper, title: City paper, language: en}
entities:
  - {id: museum, kind: place, names: {en: [Avon museum], it: [museo Avon]}}
facts:
  - id: watchman
    type: event
    value: {name: {en: the night watch, it: la guardia notturna}}
    statement: {en: A night watchman guarded the Avon museum., it: Un guardiano notturno sorvegliava il museo Avon.}
    entities: [museum]
    status: stated
    source: {id: paper, excerpt: night watchman}
  - id: cat
    type: event
    value: {name: {en: the museum cat, it: il gatto del museo}}
    statement: {en: The cat of the Avon museum was called Tibbles., it: Il gatto del museo Avon si chiamava Tibbles.}
    entities: [museum]
    status: stated
    source: {id: paper, excerpt: called Tibbles}
"""


@pytest.mark.parametrize(("question", "fact"), [
    ("What was the name of the night watchman of the Avon museum?", None),
    ("Come si chiamava il guardiano notturno del museo Avon?", None),
    ("What was the name of the cat of the Avon museum?", "cat"),
])
def test_a_name_asked_is_one_the_fact_gives(run: Any, write: Any, question: str, fact: str | None) -> None:
    """A fact that names no one the question does not name cannot say what someone was called."""
    result = run("ask", question, "-f", str(write(WATCH)), "--format", "json")
    data = json.loads(result.stdout)
    assert (data["answer"]["id"] if data["answer"] else None) == fact, data
