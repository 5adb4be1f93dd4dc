"""A question that asks a name ("What was the name of the driver?") is not answered by a count or a date whose
statement writes no name of its own; one that does ("renamed Wilmette on ...") may answer it."""

from __future__ import annotations

import json
from typing import Any

import pytest

SHIP = """\
format: 1
sources:
  - {id: paper, title: City paper, language: en}
entities:
  - {id: ship, kind: thing, names: {en: [Eastwind], it: [Eastwind]}}
  - {id: wreck, kind: event, names: {en: [Eastwind wreck], it: [Naufragio dell'Eastwind]}}
facts:
  - id: drivers-dead
    type: count
    value: {number: 2, unit: {en: stokers, it: fuochisti}}
    statement: {en: Both stokers of the ship died in the wreck., it: Entrambi i fuochisti della nave morirono nel naufragio.}
    entities: [ship, wreck]
    status: stated
    source: {id: paper, excerpt: Both stokers died}
  - id: renamed
    type: date
    value: {date: "1918-05-01"}
    statement: {en: After the wreck the ship was renamed Westwind on 1 May 1918., it: Dopo il naufragio la nave fu ribattezzata Westwind il 1º maggio 1918.}
    entities: [ship]
    status: stated
    source: {id: paper, excerpt: renamed Westwind on 1 May 1918}
"""


@pytest.mark.parametrize(("question", "expected"), [
    ("What was the name of the stoker who died?", None),  # the count names no stoker
    ("Come si chiamava il fuochista morto?", None),
    ("Con che nome fu ribattezzata la nave?", "renamed"),  # the date's statement writes the name
    ("Come si chiamava la nave dopo il naufragio?", "renamed"),  # "come si" asks a name here, not how
])
def test_a_name_is_asked_of_what_writes_one(run: Any, write: Any, question: str, expected: str | None) -> None:
    """Only a fact that writes a name the question does not answers it."""
    out = json.loads(run("ask", question, "-f", str(write(SHIP)), "--format", "json").stdout)
    assert (out["answer"] or {}).get("id") == expected, out


STATION = """\
format: 1
sources:
  - {id: paper, title: City paper, language: en}
entities:
  - {id: master, kind: person, names: {en: [the station master], it: [il capostazione]}}
  - {id: town, kind: place, names: {en: [Armagh], it: [Armagh]}}
facts:
  - id: master-decided
    type: event
    value: {name: {en: the station master's decision, it: la decisione del capostazione}}
    statement: {en: In Armagh the station master decided to use every carriage., it: Ad Armagh il capostazione decise di usare ogni carrozza.}
    entities: [master, town]
    status: stated
    source: {id: paper, excerpt: the station master decided to use every carriage}
"""


@pytest.mark.parametrize(("question", "expected"), [
    ("What was the name of the station master?", None),  # Armagh names a place, not the master
    ("What is the name of the town where the station master decided?", "master-decided"),  # a place is asked
])
def test_a_place_is_no_name_of_someone(run: Any, write: Any, question: str, expected: str | None) -> None:
    """A place the fact names answers a name question only when a place is asked for."""
    out = json.loads(run("ask", question, "-f", str(write(STATION)), "--format", "json").stdout)
    assert (out["answer"] or {}).get("id") == expected, out


def test_come_si_chiama_asks_a_name_not_a_manner() -> None:
    """'Come si chiamava...?' is a name asked for; 'Come si è salvato...?' a manner."""
    from factcli.ask.question import parse

    assert parse("Come si chiamava il capotreno?").kind == "entity"
    assert parse("Come si è salvato il capotreno?").kind == "manner"


TOWN = """\
format: 1
sources:
  - {id: paper, title: City paper, language: en}
entities:
  - {id: town, kind: place, names: {en: [Brookfield, Brookfield Spa], it: [Brookfield, Brookfield Terme]}}
  - {id: keeper, kind: person, names: {en: [the keeper], it: [il guardiano]}}
facts:
  - id: renamed-spa
    type: event
    value: {name: {en: Brookfield renamed, it: Brookfield rinominata}}
    statement: {en: The town of Brookfield is today called Brookfield Spa., it: La località di Brookfield si chiama oggi Brookfield Terme.}
    entities: [town]
    status: stated
    source: {id: paper, excerpt: today called Brookfield Spa}
  - id: keepers-20
    type: count
    value: {number: 20, unit: {en: keepers, it: guardiani}}
    statement: {en: "In all Brookfield had 20 keepers, one of them African-American.", it: "In tutto Brookfield ebbe 20 guardiani, tra cui un afroamericano."}
    entities: [town, keeper]
    status: stated
    source: {id: paper, excerpt: 20 keepers}
"""


@pytest.mark.parametrize(("question", "expected"), [
    ("Come si chiama oggi Brookfield?", "renamed-spa"),  # the place's other name is what is asked
    ("What is Brookfield called today?", "renamed-spa"),
    ("What was the name of the African-American keeper?", None),  # capitalised in English only: no name
    ("Come si chiamava il guardiano afroamericano?", None),
])
def test_a_place_named_alone_is_asked_its_other_name(run: Any, write: Any, question: str, expected: str | None) -> None:
    """A question naming a place and nothing else asks what it is called; a word capitalised in one language only
    is no name."""
    out = json.loads(run("ask", question, "-f", str(write(TOWN)), "--format", "json").stdout)
    assert (out["answer"] or {}).get("id") == expected, out
