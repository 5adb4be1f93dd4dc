"""A claim of an outcome no fact tells either way ("convicted", let pass for its opposite) is not contradicted by a
fact that denies something else ("there was no warning"): no fact says it, so it is not in the facts; a detail
the fact states otherwise still contradicts it."""

from __future__ import annotations

import json
from typing import Any

import pytest

ROOF = """\
format: 1
sources:
  - {id: paper, title: The Gazette, language: en}
entities:
  - {id: collapse, kind: event, names: {en: [the roof collapse, the collapse], it: [il crollo del tetto, il crollo]}}
  - {id: owner, kind: person, names: {en: [Ada Rossi, Rossi], it: [Ada Rossi, Rossi]}}
facts:
  - id: no-warning
    type: event
    value: {name: {en: no warning, it: nessun preavviso}}
    statement: {en: Witnesses said there was no warning before the collapse., it: I testimoni dissero che non ci fu alcun preavviso prima del crollo.}
    entities: [collapse]
    status: stated
    source: {id: paper, excerpt: there was no warning}
  - id: owner-fined
    type: count
    value: {number: 2, unit: {en: years, it: anni}, counted: {en: years of the owner's sentence, it: anni della pena della proprietaria}}
    statement: {en: Ada Rossi was sentenced to 2 years for the collapse., it: Ada Rossi fu condannata a 2 anni per il crollo.}
    entities: [owner, collapse]
    status: stated
    source: {id: paper, excerpt: sentenced to 2 years}
"""


@pytest.mark.parametrize("claim", ["Was anyone convicted for the collapse?", "Claim: someone was convicted for the collapse."])
def test_an_outcome_no_fact_tells_is_not_contradicted_by_a_denial_of_something_else(run: Any, write: Any, claim: str) -> None:
    result = run("ask", claim, "-f", str(write(ROOF)), "--format", "json")
    assert json.loads(result.stdout)["verdict"] == "not in the facts", result.stdout
    assert result.exit_code == 1


def test_a_detail_stated_otherwise_still_contradicts(run: Any, write: Any) -> None:
    result = run("ask", "Claim: Ada Rossi was sentenced to 5 years for the collapse.", "-f", str(write(ROOF)), "--format", "json")
    answer = json.loads(result.stdout)
    assert answer["verdict"] == "contradicted" and answer["answer"]["id"] == "owner-fined", result.stdout
