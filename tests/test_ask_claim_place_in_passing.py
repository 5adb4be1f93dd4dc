"""A claim that puts something in a place, confirmed only by a fact naming that place for another reason ("the
flames reached Westgate" for "the fire started in Westgate"), is contradicted by the nearest fact that says what
the claim says and puts it in another place; a claim that fact says in full stays confirmed."""

from __future__ import annotations

import json
from typing import Any

import pytest

CITY = """\
format: 1
sources:
  - {id: paper, title: The Gazette, language: en}
entities:
  - {id: fire, kind: event, names: {en: [the Great Fire], it: [il Grande Incendio]}}
  - {id: lane, kind: place, names: {en: [Baker Lane], it: [Baker Lane]}}
  - {id: market, kind: place, names: {en: [Westgate], it: [Westgate]}}
facts:
  - id: fire-origin
    type: location
    value: {place: {en: Baker Lane, it: Baker Lane}}
    statement: {en: The fire started in a bakery in Baker Lane., it: L'incendio iniziò in un forno di Baker Lane.}
    entities: [fire, lane]
    status: stated
    source: {id: paper, excerpt: started in a bakery in Baker Lane}
  - id: westgate-burned
    type: event
    value: {name: {en: Westgate burned, it: Westgate bruciò}}
    statement: {en: On the third day the flames reached Westgate and burned its shops., it: Il terzo giorno le fiamme raggiunsero Westgate e bruciarono le sue botteghe.}
    entities: [fire, market]
    status: stated
    source: {id: paper, excerpt: the flames reached Westgate}
  - id: lane-reached
    type: location
    value: {place: {en: Baker Lane, it: Baker Lane}}
    statement: {en: Within an hour the flames reached all of Baker Lane., it: In un'ora le fiamme raggiunsero tutta Baker Lane.}
    entities: [fire, lane]
    status: stated
    source: {id: paper, excerpt: the flames reached all of Baker Lane}
  - id: westgate-rebuilt
    type: event
    value: {name: {en: Westgate rebuilt, it: Westgate ricostruita}}
    statement: {en: Westgate was rebuilt in stone ten years later., it: Westgate fu ricostruita in pietra dieci anni dopo.}
    entities: [market]
    status: stated
    source: {id: paper, excerpt: Westgate was rebuilt in stone}
"""


def _asked(run: Any, write: Any, claim: str) -> dict[str, Any]:
    """The JSON answer to a claim against the city's facts."""
    result = run("ask", claim, "-f", str(write(CITY)), "--format", "json")
    answer: dict[str, Any] = json.loads(result.stdout)
    return answer


@pytest.mark.parametrize("claim", ["È vero che l'incendio iniziò a Westgate?", "Claim: the fire started in Westgate."])
def test_a_place_named_for_another_reason_does_not_confirm(run: Any, write: Any, claim: str) -> None:
    answer = _asked(run, write, claim)
    assert answer["verdict"] == "contradicted" and answer["answer"]["id"] == "fire-origin", answer


@pytest.mark.parametrize(("claim", "fact"), [("Claim: the flames reached Westgate.", "westgate-burned"),
                                             ("È vero che l'incendio iniziò a Baker Lane?", "fire-origin")])
def test_a_claim_a_fact_says_in_full_stays_confirmed(run: Any, write: Any, claim: str, fact: str) -> None:
    answer = _asked(run, write, claim)
    assert answer["verdict"] == "confirmed" and answer["answer"]["id"] == fact, answer
