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
