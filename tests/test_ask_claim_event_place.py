"""A claim that puts something at a place ("sent rescuers to Arlon") is not contradicted by a fact that puts it at
an event named after that place ("sent rescuers to the disaster", of the Arlon mine disaster); a place that is
neither the fact's nor its event's still is."""

from __future__ import annotations

import json
from typing import Any

import pytest

MINE = """\
format: 1
sources:
  - {id: paper, title: The Gazette, language: en}
entities:
  - {id: disaster, kind: event, names: {en: [the Arlon mine disaster], it: [il disastro minerario di Arlon]}}
  - {id: belgium, kind: country, names: {en: [Belgium], it: [Belgio]}}
facts:
  - id: rescuers-sent
    type: event
    value: {name: {en: Belgian rescue team, it: squadra di soccorso belga}}
    statement: {en: Belgium sent a rescue team to the disaster., it: Il Belgio mandò una squadra di soccorso sul luogo del disastro.}
    entities: [belgium, disaster]
    status: stated
    source: {id: paper, excerpt: Belgium sent a rescue team to the disaster}
  - id: union-met
    type: location
    value: {place: {en: Namur, it: Namur}}
    statement: {en: The miners' union met in Namur., it: Il sindacato dei minatori si riunì a Namur.}
    entities: [disaster]
    status: stated
    source: {id: paper, excerpt: the union met in Namur}
"""


@pytest.mark.parametrize(("claim", "verdict"), [("Did Belgium send a rescue team to Arlon?", "confirmed"),
                                                ("Did Belgium send a rescue team to Namur?", "contradicted")])
def test_a_place_an_event_is_named_after_places_what_the_fact_tells_of_it(run: Any, write: Any, claim: str,
                                                                         verdict: str) -> None:
    result = run("ask", claim, "-f", str(write(MINE)), "--format", "json")
    data = json.loads(result.stdout)
    assert (data["verdict"], data["answer"]["id"]) == (verdict, "rescuers-sent"), result.stdout
