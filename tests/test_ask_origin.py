"""'Where is X from?', 'Da dove viene X?' ask where from: answered by a fact that says so, not by where X went."""

from __future__ import annotations

import json
from typing import Any

import pytest

from factcli.ask.question import parse

BORN = """\
  - id: rossi-born
    type: location
    value: {place: {en: Lyon, it: Lione}}
    statement: {en: Ada Rossi was born in Lyon., it: Ada Rossi è nata a Lione.}
    entities: [rossi, lyon]
    status: stated
    source: {id: log, excerpt: born in Lyon}
"""
TALK = """\
format: 1
sources:
  - {id: log, title: Log, language: en}
entities:
  - {id: rossi, kind: person, names: {en: [Ada Rossi], it: [Ada Rossi]}}
  - {id: lyon, kind: place, names: {en: [Lyon], it: [Lione]}}
  - {id: paris, kind: place, names: {en: [Paris], it: [Parigi]}}
facts:
  - id: rossi-talk
    type: location
    value: {place: {en: Paris, it: Parigi}}
    statement:
      en: Ada Rossi gave a talk in Paris, invited by the Mayor.
      it: Ada Rossi ha tenuto un discorso a Parigi, invitata dal Sindaco.
    entities: [rossi, paris]
    status: stated
    source: {id: log, excerpt: talk in Paris}
"""


@pytest.mark.parametrize(("text", "kind"), [("Where is Ada from?", "origin"), ("Da dove viene Ada?", "origin"),
                                            ("Di dove è Ada?", "origin"), ("Where did Ada go?", "location")])
def test_where_from_is_its_own_kind(text: str, kind: str) -> None:
    """'where ... from', 'da dove', 'di dove' ask for an origin; 'where' alone for a place."""
    assert parse(text).kind == kind


@pytest.mark.parametrize(("question", "place"), [("Where is Ada Rossi from?", "Lyon"),
                                                 ("Da dove viene Ada Rossi?", "Lione")])
def test_where_from_is_answered_by_the_origin(run: Any, write: Any, question: str, place: str) -> None:
    """The fact that says where she was born, not the place she went to."""
    result = run("ask", question, "-f", str(write(TALK + BORN)), "--format", "value")
    assert result.exit_code == 0 and result.stdout == f"{place}\n"


def test_where_from_with_no_origin_is_refused(run: Any, write: Any) -> None:
    """No fact says where she comes from ('invitata dal Sindaco' is 'by', not 'from'): refused, not Paris."""
    path = str(write(TALK))
    assert run("ask", "Where is Ada Rossi from?", "-f", path, "--format", "value").exit_code == 1
    assert run("ask", "Da dove viene Ada Rossi?", "-f", path, "--format", "value").exit_code == 1
    assert run("ask", "Where did Ada Rossi give a talk?", "-f", path, "--format", "value").stdout == "Paris\n"


DEPARTED = TALK + """\
  - id: rossi-left-lyon
    type: date
    value: {date: "1928-04-15"}
    statement: {en: Ada Rossi left from Lyon on 15 April 1928., it: Ada Rossi partì da Lione il 15 aprile 1928.}
    entities: [rossi, lyon]
    status: stated
    source: {id: log, excerpt: left from Lyon on 15 April 1928}
"""


def test_a_date_that_says_where_from_answers_where_from(run: Any, write: Any) -> None:
    """"Partì da Lione il 15 aprile": a date fact may say the origin too; it answers "Da dove partì...?"."""
    out = run("ask", "Da dove partì Ada Rossi il 15 aprile?", "-f", str(write(DEPARTED)), "--format", "plain")
    assert out.exit_code == 0 and "Lione" in out.stdout


PLATFORM = TALK + """\
  - id: rossi-left-platform
    type: location
    value: {place: {en: Lyon station, it: stazione di Lione}}
    statement: {en: Ada Rossi departed from platform B of Lyon station., it: Ada Rossi è partita dal binario B della stazione di Lione.}
    entities: [rossi, lyon]
    status: stated
    source: {id: log, excerpt: departed from platform B}
"""


@pytest.mark.parametrize("question", ["Where did Ada Rossi depart from?", "Da dove è partita Ada Rossi?"])
def test_a_common_noun_may_stand_before_the_origin(run: Any, write: Any, question: str) -> None:
    """"Departed from platform B", "partita dal binario B": a common noun before the name still says where from."""
    out = run("ask", question, "-f", str(write(PLATFORM)), "--format", "value")
    assert out.exit_code == 0 and ("Lyon station" in out.stdout or "stazione di Lione" in out.stdout)


HELPERS = """\
format: 1
sources:
  - {id: paper, title: City paper, language: en}
entities:
  - {id: vols, kind: organisation, names: {en: [the volunteers], it: [i volontari]}}
facts:
  - id: vols-origin
    type: event
    value: {name: {en: where the volunteers came from, it: provenienza dei volontari}}
    statement:
      en: The young volunteers came from many parts of the country and from abroad.
      it: I giovani volontari provenivano da molte parti del paese e dall'estero.
    entities: [vols]
    status: stated
    source: {id: paper, excerpt: came from many parts}
  - id: vols-work
    type: event
    value: {name: {en: books saved, it: libri salvati}}
    statement: {en: The young volunteers saved books in the town., it: I giovani volontari salvarono libri in città.}
    entities: [vols]
    status: stated
    source: {id: paper, excerpt: saved books}
"""


@pytest.mark.parametrize("question", ["Where did the volunteers come from?", "Da dove venivano i volontari?"])
def test_a_verb_of_coming_from_says_the_origin_whatever_follows(run: Any, write: Any, question: str) -> None:
    """"came from many parts of the country" is where they came from, though no name follows "from" (it was ruled
    out as not saying where, a new user's trial); a fact without it still is not."""
    data = json.loads(run("ask", question, "-f", str(write(HELPERS)), "--format", "json").stdout)
    assert data["answer"]["id"] == "vols-origin", data


MEDAL_MAN = """\
format: 1
sources:
  - {id: paper, title: City paper, language: en}
entities:
  - {id: ada, kind: person, names: {en: [Ada Neri], it: [Ada Neri]}}
  - {id: town, kind: place, names: {en: [Valbruna], it: [Valbruna]}}
facts:
  - id: ada-idea
    type: date
    value: {date: "1832"}
    statement: {en: The idea was first put forward by Ada Neri from Valbruna in 1832., it: L'idea fu lanciata da Ada Neri di Valbruna nel 1832.}
    entities: [ada, town]
    status: stated
    source: {id: paper, excerpt: first put forward}
  - id: ada-from
    type: location
    value: {place: {en: Valbruna, it: Valbruna}}
    statement: {en: Ada Neri was from Valbruna., it: Ada Neri era di Valbruna.}
    entities: [ada, town]
    status: stated
    source: {id: paper, excerpt: was from Valbruna}
"""


@pytest.mark.parametrize("question", ["Where was Ada Neri from?", "Di dove era Ada Neri?"])
def test_where_from_prefers_the_place_fact_to_an_event_that_says_it_in_passing(run: Any, write: Any,
                                                                               question: str) -> None:
    """Both say where Ada came from and tie; the place fact answers (the year 1832 did, by file order, in a new
    user's trial)."""
    data = json.loads(run("ask", question, "-f", str(write(MEDAL_MAN)), "--format", "json").stdout)
    assert data["answer"]["id"] == "ada-from", data


GARDEN = """\
format: 1
sources:
  - {id: paper, title: The Gazette, language: en}
entities:
  - {id: flight, kind: event, names: {en: [the first flight], it: [il primo volo]}}
  - {id: villa, kind: place, names: {en: [Villa Rosa], it: [Villa Rosa]}}
facts:
  - id: flight-start
    type: location
    value: {place: {en: garden of Villa Rosa, it: giardino di Villa Rosa}}
    statement:
      en: The first flight took off from the garden of Villa Rosa.
      it: Il primo volo decollò dal giardino di Villa Rosa.
    entities: [flight, villa]
    status: stated
    source: {id: paper, excerpt: took off from the garden of Villa Rosa}
"""


@pytest.mark.parametrize("question", ["Where did the first flight take off from?", "Da dove decollò il primo volo?"])
def test_a_common_noun_of_a_name_says_where_from(run: Any, write: Any, question: str) -> None:
    """"From the garden of Villa Rosa" says where it came from, as "from Villa Rosa" does (a new user's trial)."""
    result = run("ask", question, "-f", str(write(GARDEN)), "--json")
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["answer"]["id"] == "flight-start"
