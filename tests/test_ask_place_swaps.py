"""A claim that puts what happened in a known place, where a location fact names what happened and another place,
is contradicted by that fact: unless another fact puts the two places together with what the claim names (one may
lie in the other)."""

from __future__ import annotations

import json
from typing import Any

import pytest

SHIPYARD = """\
format: 1
sources:
  - {id: log, title: Harbour log, language: en}
entities:
  - {id: aurora, kind: thing, names: {en: [the Aurora], it: [l'Aurora]}}
  - {id: crew, kind: organisation, names: {en: [the crew], it: [l'equipaggio]}}
  - {id: brook, kind: place, names: {en: [Brook], it: [Brook]}}
  - {id: marlow, kind: place, names: {en: [Marlow], it: [Marlow]}}
  - {id: dunmore, kind: place, names: {en: [Dunmore], it: [Dunmore]}}
  - {id: the-bay, kind: place, names: {en: [the Grey Bay], it: [la Baia Grigia]}}
  - {id: kelso, kind: place, names: {en: [Kelso], it: [Kelso]}}
facts:
  - id: aurora-launched-brook
    type: location
    value: {place: {en: Brook, it: Brook}}
    statement: {en: "The yard at Brook built the Aurora, launched in 1890.", it: "Il cantiere di Brook costruì l'Aurora, varata nel 1890."}
    entities: [aurora, brook]
    status: stated
    source: {id: log, excerpt: "built the Aurora, launched in 1890"}
  - id: owner-from-marlow
    type: event
    value: {name: {en: the owner, it: il proprietario}}
    statement: {en: The owner of the yard came from Marlow., it: Il proprietario del cantiere veniva da Marlow.}
    entities: [marlow]
    status: stated
    source: {id: log, excerpt: came from Marlow}
  - id: kelso-port
    type: event
    value: {name: {en: the port, it: il porto}}
    statement: {en: Kelso has a port., it: Kelso ha un porto.}
    entities: [kelso]
    status: stated
    source: {id: log, excerpt: Kelso has a port}
"""


@pytest.mark.parametrize("claim", ["Claim: the Aurora was launched in Marlow.", "L'Aurora fu varata a Marlow?"])
def test_a_known_place_instead_of_the_location_facts_is_contradicted(run: Any, write: Any, claim: str) -> None:
    """Marlow is a place the file knows; the launch's location fact says Brook."""
    data = json.loads(run("ask", claim, "-f", str(write(SHIPYARD)), "--format", "json").stdout)
    assert (data["verdict"], data["answer"]["id"]) == ("contradicted", "aurora-launched-brook"), data


VEGA = """\
format: 1
sources:
  - {id: log, title: Flight log, language: en}
entities:
  - {id: vega, kind: thing, names: {en: [Vega-2, the Vega-2 capsule], it: [Vega-2, la capsula Vega-2]}}
  - {id: vega-crew, kind: organisation, names: {en: [the Vega-2 crew], it: [l'equipaggio di Vega-2]}}
  - {id: grey-gulf, kind: place, names: {en: [Grey Gulf], it: [Golfo Grigio]}}
  - {id: port-aden, kind: place, names: {en: [Port Aden], it: [Port Aden]}}
  - {id: maris, kind: place, names: {en: [Maris], it: [Maris]}}
facts:
  - id: vega-splashdown-port-aden
    type: location
    value: {place: {en: off the coast of Port Aden, it: al largo di Port Aden}, region: {en: Maris, it: Maris}}
    statement: {en: "Vega-2 splashed down safely off the coast of Port Aden, Maris.", it: "Vega-2 è ammarata sana e salva al largo di Port Aden, in Maris."}
    entities: [vega, port-aden, maris]
    status: stated
    source: {id: log, excerpt: "splashed down safely off the coast of Port Aden, Maris"}
  - id: vega-landed-date
    type: date
    value: {date: "2024-03-12"}
    statement: {en: "The Vega-2 crew landed in the Grey Gulf off the coast of Port Aden, Maris, on March 12, 2024.", it: "L'equipaggio di Vega-2 è atterrato nel Golfo Grigio al largo di Port Aden, in Maris, il 12 marzo 2024."}
    entities: [vega-crew, vega, grey-gulf, port-aden, maris]
    status: stated
    source: {id: log, excerpt: "landed in the Grey Gulf off the coast of Port Aden, Maris, on March 12, 2024"}
"""


def test_a_place_another_fact_puts_beside_the_facts_is_not_contradicted(run: Any, write: Any) -> None:
    """The negative case: another fact puts the splashdown in the Grey Gulf off Port Aden, so the location fact
    that says "off Port Aden" does not contradict "in the Grey Gulf"."""
    data = json.loads(run("ask", "Claim: Vega-2 splashed down in the Grey Gulf.", "-f", str(write(VEGA)),
                          "--format", "json").stdout)
    assert data["verdict"] != "contradicted", data
