""""Mai" after a superlative or a first is "ever", no negation: a claim that repeats what such a fact says is
confirmed by it, while a "mai" that denies ("mai ritrovato") still contradicts."""

from __future__ import annotations

import json
from typing import Any

import pytest

FLOOD = """\
format: 1
sources:
  - {id: paper, title: City paper, language: en}
entities:
  - {id: flood, kind: event, names: {en: [the flood], it: [l'alluvione]}}
  - {id: avon, kind: place, names: {en: [Avon], it: [Avon]}}
  - {id: wreck, kind: thing, names: {en: [the wreck, wreck], it: [il relitto, relitto]}}
facts:
  - id: worst-flood
    type: event
    value: {name: {en: worst flood ever recorded in Avon, it: la più grave alluvione mai registrata ad Avon}}
    statement:
      en: It was the worst flood ever recorded in Avon.
      it: Fu la più grave alluvione mai registrata ad Avon.
    entities: [flood, avon]
    status: stated
    source: {id: paper, excerpt: worst flood ever recorded}
  - id: wreck-lost
    type: event
    value: {name: {en: wreck never found, it: relitto mai ritrovato}}
    statement:
      en: The wreck, carried off by the flood, was never found.
      it: Il relitto, trascinato via dall'alluvione, mai ritrovato.
    entities: [wreck, flood]
    status: stated
    source: {id: paper, excerpt: never found}
"""


@pytest.mark.parametrize("claim", ["Claim: it was a flood in Avon.",
                                   "Was it the worst flood ever recorded in Avon?",
                                   "È vero che fu la più grave alluvione mai registrata ad Avon?"])
def test_a_superlative_ever_confirms(run: Any, write: Any, claim: str) -> None:
    """The fact says what the claim says; its Italian "mai" is "ever" (found by a new user's trial)."""
    data = json.loads(run("ask", claim, "-f", str(write(FLOOD)), "--format", "json").stdout)
    assert (data["verdict"], data["answer"]["id"]) == ("confirmed", "worst-flood"), data


@pytest.mark.parametrize("claim", ["Claim: the wreck was found.", "È vero che il relitto fu ritrovato?"])
def test_mai_that_denies_contradicts(run: Any, write: Any, claim: str) -> None:
    """"Mai ritrovato" with no superlative before it says it was never found: contradicted."""
    data = json.loads(run("ask", claim, "-f", str(write(FLOOD)), "--format", "json").stdout)
    assert (data["verdict"], data["answer"]["id"]) == ("contradicted", "wreck-lost"), data
