"""A claim that opens with a capitalised word no fact uses and no dictionary has is about someone the facts do
not know ("Michelangelo defended the city?"): it is not let pass as an everyday word."""

from __future__ import annotations

import json
from typing import Any

import pytest

CITY = """\
format: 1
sources:
  - {id: paper, title: The Gazette, language: en}
entities:
  - {id: rossi, kind: person, names: {en: [Rossi], it: [Rossi]}}
facts:
  - id: city-defended
    type: count
    value: {number: 5000, unit: {en: defenders, it: difensori}}
    statement: {en: Rossi and 5000 men defended the city walls., it: Rossi e 5000 uomini difesero le mura della città.}
    entities: [rossi]
    status: stated
    source: {id: paper, excerpt: defended the city walls}
"""


@pytest.mark.parametrize("claim", ["Michelangelo defended the city walls?", "Michelangelo difese le mura della città?"])
def test_an_unknown_name_opening_a_claim_is_not_let_pass(run: Any, write: Any, claim: str) -> None:
    """Michelangelo is in no fact: nothing confirms that he defended the city."""
    data = json.loads(run("ask", claim, "-f", str(write(CITY)), "--format", "json").stdout)
    assert data["verdict"] == "not in the facts", data


def test_a_known_name_opening_a_claim_is_judged(run: Any, write: Any) -> None:
    """The negative case: Rossi is in the fact, which confirms the claim."""
    data = json.loads(run("ask", "Rossi defended the city walls?", "-f", str(write(CITY)), "--format", "json").stdout)
    assert data["verdict"] == "confirmed", data
