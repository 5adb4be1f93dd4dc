"""A claim's number is checked against the count that is that very number, where it ranks a little below a count
of another number that shares more of the claim's words ("23 died": the toll of 23, not the 20 who "died at the
scene"); a count of the number that counts another thing is no confirmation."""

from __future__ import annotations

import json
from typing import Any

import pytest

CRASH = """\
format: 1
sources:
  - {id: paper, title: City paper, language: en}
entities:
  - {id: crash, kind: event, names: {en: [Elmford air crash], it: [disastro aereo di Elmford]}}
facts:
  - id: died-at-scene
    type: count
    value: {number: 20, unit: {en: people killed at the scene, it: morti sul posto}}
    statement: {en: Twenty of the 44 people on board died at the scene of the Elmford air crash., it: Venti delle 44 persone a bordo morirono sul posto nel disastro aereo di Elmford.}
    entities: [crash]
    status: stated
    source: {id: paper, excerpt: 20 of whom died at the scene}
  - id: total-fatalities
    type: count
    value: {number: 23, unit: {en: fatalities, it: vittime}}
    statement: {en: The Elmford air crash killed 23 people in all., it: Il disastro aereo di Elmford fece in tutto 23 vittime.}
    entities: [crash]
    status: stated
    source: {id: paper, excerpt: 23 fatalities}
  - id: survivors
    type: count
    value: {number: 21, unit: {en: survivors, it: sopravvissuti}}
    statement: {en: 21 people survived the Elmford air crash., it: 21 persone sopravvissero al disastro aereo di Elmford.}
    entities: [crash]
    status: stated
    source: {id: paper, excerpt: 21 survived}
vocabulary:
  died: [killed, fatalities]
"""


def test_a_claimed_number_is_checked_against_its_own_count(run: Any, write: Any) -> None:
    """'23 people died' is the toll of 23, confirmed; '20 people died' is confirmed too, by the count of 20."""
    path = str(write(CRASH))
    out = json.loads(run("ask", "Claim: 23 people died in the Elmford air crash.", "-f", path, "--json").stdout)
    assert (out["verdict"], out["answer"]["id"]) == ("confirmed", "total-fatalities"), out
    out = json.loads(run("ask", "Claim: 20 people died in the Elmford air crash.", "-f", path, "--json").stdout)
    assert out["verdict"] == "confirmed", out


SUIT = """\
format: 1
sources:
  - {id: paper, title: City paper, language: en}
entities:
  - {id: suit, kind: event, names: {en: [Elmford lawsuit], it: [causa di Elmford]}}
facts:
  - id: thirteen-parents
    type: count
    value: {number: 13, unit: {en: parents, it: genitori}}
    statement: {en: Thirteen parents sued in the Elmford lawsuit., it: Tredici genitori fecero causa nella causa di Elmford.}
    entities: [suit]
    status: stated
    source: {id: paper, excerpt: 13 parents}
  - id: twenty-children
    type: count
    value: {number: 20, unit: {en: children, it: bambini}}
    statement: {en: In the Elmford lawsuit the parents sued on behalf of their 20 children., it: Nella causa di Elmford i genitori fecero causa per conto dei loro 20 bambini.}
    entities: [suit]
    status: stated
    source: {id: paper, excerpt: 20 children}
"""


def test_a_count_of_the_number_of_another_thing_does_not_confirm(run: Any, write: Any) -> None:
    """'20 parents sued' is contradicted by the 13 parents, not confirmed by the 20 children."""
    out = json.loads(run("ask", "Claim: 20 parents sued in the Elmford lawsuit.", "-f",
                         str(write(SUIT)), "--json").stdout)
    assert (out["verdict"], out["answer"]["id"]) == ("contradicted", "thirteen-parents"), out


TUNNEL = """\
format: 1
sources:
  - {id: paper, title: City paper, language: en}
entities:
  - {id: tunnel, kind: thing, names: {en: [Elmford tunnel], it: [galleria di Elmford]}}
facts:
  - id: tunnel-length
    type: count
    value: {number: 18.507, unit: {en: km, it: km}}
    statement: {en: The Elmford tunnel is 18.507 km long., it: "La galleria di Elmford è lunga 18,507 km."}
    entities: [tunnel]
    status: stated
    source: {id: paper, excerpt: 18.507 km}
"""


@pytest.mark.parametrize(("claim", "verdict"), [
    ("Claim: the Elmford tunnel is 18.507 km long.", "confirmed"),  # three decimals, as the fact writes them
    ("La galleria di Elmford è lunga 18,507 km?", "confirmed"),
    ("Claim: the Elmford tunnel is 25.507 km long.", "contradicted"),
])
def test_a_number_with_three_decimals_is_the_number_it_is(run: Any, write: Any, claim: str, verdict: str) -> None:
    """'18.507 km' of a count of 18.507 km is that count, not eighteen thousand kilometres."""
    out = json.loads(run("ask", claim, "-f", str(write(TUNNEL)), "--json").stdout)
    assert out["verdict"] == verdict, out


DIED = """\
format: 1
sources:
  - {id: paper, title: City paper, language: en}
entities:
  - {id: ada, kind: person, names: {en: [Ada Rossi], it: [Ada Rossi]}}
facts:
  - id: ada-died
    type: date
    value: {date: "1881-10-30"}
    statement: {en: Ada Rossi died on 30 October 1881., it: Ada Rossi morì il 30 ottobre 1881.}
    entities: [ada]
    status: stated
    source: {id: paper, excerpt: died on 30 October 1881}
"""


@pytest.mark.parametrize("claim", ["È vero che i morti furono trenta?", "Claim: thirty people died."])
def test_a_day_of_the_month_is_no_count(run: Any, write: Any, claim: str) -> None:
    """'The dead were thirty' is not confirmed by a death on the 30th: a day, and a date's own digits, count nothing."""
    out = json.loads(run("ask", claim, "-f", str(write(DIED)), "--json").stdout)
    assert out["verdict"] != "confirmed", out


def test_a_date_value_gives_its_parts_not_counts(write: Any) -> None:
    """The details a date fact states: its day, month and year, not counts of 10 and 30."""
    from factcli import FactBase
    from factcli.ask.details import fact_details

    fact = FactBase.load([str(write(DIED))]).fact("ada-died")
    assert fact is not None and fact_details(fact) == {"day": {30.0}, "month": {10.0}, "year": {1881.0}}


NATIONS = """\
format: 1
sources:
  - {id: paper, title: City paper, language: en}
entities:
  - {id: crash, kind: event, names: {en: [Elmford air crash], it: [disastro aereo di Elmford]}}
facts:
  - id: victims-austrian
    type: count
    value: {number: 2, unit: {en: Austrians, it: austriaci}, counted: {en: Austrian victims, it: vittime austriache}}
    statement: {en: Two of the dead of the Elmford air crash were Austrians., it: Due delle vittime del disastro aereo di Elmford erano austriaci.}
    entities: [crash]
    status: stated
    source: {id: paper, excerpt: "three Italians, seven Germans, two Austrians"}
"""


@pytest.mark.parametrize(("claim", "verdict"), [("Claim: seven of the victims of the Elmford air crash were Austrians.",
                                                 "contradicted"),
                                                ("Claim: two of the victims of the Elmford air crash were Austrians.",
                                                 "confirmed")])
def test_a_count_is_its_value_not_any_number_of_its_excerpt(run: Any, write: Any, claim: str, verdict: str) -> None:
    """A count's excerpt may count other things beside it ("seven Germans"): the claim's number is checked against the
    count's own."""
    data = json.loads(run("ask", claim, "-f", str(write(NATIONS)), "--json").stdout)
    assert data["verdict"] == verdict and data["answer"]["id"] == "victims-austrian", data
