"""A measure question ("How much did the ship cost?") whose only topic is an entity many facts name finds the
count among them: counts rank first among facts that tie, however many there are."""

from __future__ import annotations

import json
from typing import Any

HEAD = """\
format: 1
sources:
  - {id: log, title: Ship's log, language: en}
entities:
  - {id: vega, kind: thing, names: {en: [the Vega], it: [la Vega]}}
facts:
"""
EVENT = """\
  - id: event-{i}
    type: event
    value: {{name: {{en: call {i}, it: scalo {i}}}}}
    statement: {{en: The Vega called at port number {i}., it: La Vega fece scalo nel porto numero {i}.}}
    entities: [vega]
    status: stated
    source: {{id: log, excerpt: port number {i}}}
"""
COST = """\
  - id: vega-cost
    type: count
    value: {number: 6000000, unit: {en: lire, it: lire}}
    statement: {en: The Vega cost six million lire., it: La Vega costò sei milioni di lire.}
    entities: [vega]
    status: stated
    source: {id: log, excerpt: six million lire}
"""


def test_a_cost_is_found_among_many_facts_of_its_entity(run: Any, write: Any) -> None:
    """Forty facts name the Vega; the one count of money answers."""
    text = HEAD + "".join(EVENT.format(i=i) for i in range(40)) + COST
    data = json.loads(run("ask", "How much did the Vega cost?", "-f", str(write(text)), "--format", "json").stdout)
    assert data["answer"]["id"] == "vega-cost", data


def test_no_count_of_money_no_answer(run: Any, write: Any) -> None:
    """The negative case: without the count of money, nothing answers."""
    text = HEAD + "".join(EVENT.format(i=i) for i in range(40))
    result = run("ask", "How much did the Vega cost?", "-f", str(write(text)), "--format", "json")
    assert result.exit_code == 1
