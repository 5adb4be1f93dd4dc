"""A claim about the present ("still active today?", "si usa ancora oggi?") is not confirmed by a fact that tells
only of the past; a fact that speaks of today, or says "still", may confirm it."""

from __future__ import annotations

import json
from typing import Any

import pytest

VOLCANO = """\
format: 1
sources:
  - {id: paper, title: The Gazette, language: en}
entities:
  - {id: volcano, kind: place, names: {en: [Mount Kora], it: [monte Kora]}}
  - {id: tram, kind: thing, names: {en: [the tram], it: [il tram]}}
facts:
  - id: eruption-1951
    type: date
    value: {date: "1951-01-21"}
    statement: {en: Mount Kora was active and erupted on 21 January 1951., it: Il monte Kora era attivo ed eruttò il 21 gennaio 1951.}
    entities: [volcano]
    status: stated
    source: {id: paper, excerpt: erupted on 21 January 1951}
  - id: tram-today
    type: event
    value: {name: {en: the tram in use, it: il tram in uso}}
    statement: {en: The tram is still used today on the old line., it: Il tram si usa ancora oggi sulla vecchia linea.}
    entities: [tram]
    status: stated
    source: {id: paper, excerpt: still used today}
"""


@pytest.mark.parametrize("claim", ["Is Mount Kora still active today?", "Il monte Kora è attivo oggi?"])
def test_a_fact_of_the_past_does_not_confirm_the_present(run: Any, write: Any, claim: str) -> None:
    """The 1951 eruption says nothing of today."""
    data = json.loads(run("ask", claim, "-f", str(write(VOLCANO)), "--format", "json").stdout)
    assert data["verdict"] == "not in the facts", data


@pytest.mark.parametrize("claim", ["Is the tram still used today?", "Il tram si usa ancora oggi?",
                                   "Was Mount Kora active in 1951?"])
def test_a_fact_of_today_or_a_claim_of_then_is_confirmed(run: Any, write: Any, claim: str) -> None:
    """The negative cases: a fact that says "still ... today", and a claim about 1951 itself."""
    data = json.loads(run("ask", claim, "-f", str(write(VOLCANO)), "--format", "json").stdout)
    assert data["verdict"] == "confirmed", data
