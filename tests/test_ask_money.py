"""What something cost is an amount of money: "How much did it cost?" is answered by a fact that states one
("$49 million", "42 milioni di lire", "200 scudi"), never by another count."""

from __future__ import annotations

import json
from typing import Any

import pytest

from tests.conftest import unanswered

BRIDGE = """\
format: 1
sources:
  - {id: paper, title: City paper, language: en}
entities:
  - {id: bridge, kind: thing, names: {en: [the Avon bridge], it: [il ponte Avon]}}
  - {id: tunnel, kind: thing, names: {en: [the Avon tunnel], it: [il tunnel Avon]}}
facts:
  - id: bridge-cost
    type: event
    value: {name: {en: the bridge's cost, it: il costo del ponte}}
    statement: {en: The Avon bridge cost $6.4 million to build., it: Il ponte Avon costò 6.4 milioni di dollari.}
    entities: [bridge]
    status: stated
    source: {id: paper, excerpt: cost $6.4 million}
  - id: bridge-workers
    type: count
    value: {number: 300, unit: {en: workers, it: operai}}
    statement: {en: 300 workers built the Avon bridge., it: 300 operai costruirono il ponte Avon.}
    entities: [bridge]
    status: stated
    source: {id: paper, excerpt: 300 workers}
  - id: tunnel-deaths
    type: count
    value: {number: 16, unit: {en: workers, it: operai}}
    statement: {en: The Avon tunnel cost the lives of 16 workers., it: Il tunnel Avon costò la vita a 16 operai.}
    entities: [tunnel]
    status: stated
    source: {id: paper, excerpt: cost the lives of 16 workers}
"""


@pytest.mark.parametrize("question", ["How much did the Avon bridge cost to build?", "Quanto costò il ponte Avon?",
                                      "What was the cost of the Avon bridge?"])
def test_a_cost_is_answered_by_an_amount_of_money(run: Any, write: Any, question: str) -> None:
    """The fact that states dollars answers, not the count of workers; the value is the amount."""
    data = json.loads(run("ask", question, "-f", str(write(BRIDGE)), "--format", "json").stdout)
    assert data["answer"]["id"] == "bridge-cost", data
    value = run("ask", question, "-f", str(write(BRIDGE)), "--format", "value").stdout.strip()
    assert value == "$6.4 million" or "milioni di dollari" in value, value


@pytest.mark.parametrize("question", ["How much did the Avon tunnel cost?", "Quanto è costato il tunnel Avon?"])
def test_a_cost_no_fact_states_is_not_answered_with_another_count(run: Any, write: Any, question: str) -> None:
    """No fact says what the tunnel cost in money: the lives it cost are no answer."""
    assert unanswered(run("ask", question, "-f", str(write(BRIDGE)), "--format", "json")), question


@pytest.mark.parametrize(("text", "amount"), [
    ("The dam cost $49 million to build.", "$49 million"), ("Il traforo costò 42 milioni di lire.", "42 milioni di lire"),
    ("a grant of 200 scudi", "200 scudi"), ("sold for 662,500 US dollars", "662,500 US dollars"),
    ("16 divers died", None), ("2 $ later", None),
])
def test_an_amount_of_money_is_read_in_either_language(text: str, amount: str | None) -> None:
    """A currency after the number (its scale between) or a sign before it says money; a bare count does not."""
    from factcli.core.measures import measure_in

    assert measure_in(text, "money") == amount


@pytest.mark.parametrize(("text", "dimension", "quantity"), [
    ("a $1-million restoration", "money", "$1-million"), ("oltre 26 000 km² di territorio", "area", "oltre 26 000 km²"),
    ("in 1980 200 km away", "length", "200 km"),
])
def test_a_quantity_keeps_its_whole_number(text: str, dimension: str, quantity: str) -> None:
    """A scale joined by a hyphen ("$1-million") and thousands set apart by spaces ("26 000") stay in the quantity
    (they gave "$1" and "000 km²"); a year before a number is not joined to it."""
    from factcli.core.measures import measure_in

    assert measure_in(text, dimension) == quantity


FLOOD = """\
format: 1
sources:
  - {id: paper, title: City paper, language: en}
entities:
  - {id: flood, kind: event, names: {en: [the Avon flood], it: [l'alluvione dell'Avon]}}
facts:
  - id: first-hour
    type: count
    value: {number: 3, unit: {en: people, it: persone}}
    statement: {en: Three people died in the first hour of the Avon flood., it: Tre persone morirono nella prima ora dell'alluvione dell'Avon.}
    entities: [flood]
    status: stated
    source: {id: paper, excerpt: Three people died}
  - id: toll
    type: count
    value: {number: 3000, unit: {en: deaths, it: morti}, qualifier: circa}
    statement:
      en: "The Avon flood caused an estimated 3,000 deaths."
      it: "L'alluvione dell'Avon causò circa 3.000 morti."
    entities: [flood]
    status: stated
    source: {id: paper, excerpt: "3,000 deaths"}
"""


def test_the_first_piece_of_a_written_number_is_no_number_of_its_own(run: Any, write: Any) -> None:
    """"3,000" in a claim is three thousand: its "3" adds nothing to the score of the fact that says "three" (it
    picked that fact over the toll, a new user's trial); the toll confirms the claim."""
    path = str(write(FLOOD))

    def scores(claim: str) -> dict[str, float]:
        data = json.loads(run("ask", claim, "-f", path, "--format", "json", "--explain").stdout)
        return dict(data["explain"]["candidates"])

    assert scores("Claim: about 3,000 people died in the Avon flood.")["first-hour"] == scores(
        "Claim: about 7,000 people died in the Avon flood.")["first-hour"]
    data = json.loads(run("ask", "Claim: about 3,000 people died in the Avon flood.", "-f", path, "--format",
                          "json").stdout)
    assert (data["verdict"], data["answer"]["id"]) == ("confirmed", "toll"), data
