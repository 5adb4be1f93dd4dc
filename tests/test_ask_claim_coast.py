"""A name written after "off the coast of" (a common noun and "of" after a word of place) is a place the claim puts
something in, not a slip of a fact's word: a place no fact knows there is a wrong detail, and the location fact
corrects it."""

from __future__ import annotations

import json
from typing import Any

import pytest

STEAMER = """\
format: 1
sources:
  - {id: paper, title: The Gazette, language: en}
entities:
  - {id: steamer, kind: thing, names: {en: [the Aurora steamer, the Aurora], it: [il piroscafo Aurora, l'Aurora]}}
  - {id: kinsale, kind: place, names: {en: [Kinsale], it: [Kinsale]}}
facts:
  - id: sinking-place
    type: location
    value: {place: {en: Kinsale, it: Kinsale}}
    statement:
      en: The Aurora sank off the coast at Kinsale, lying on her side.
      it: L'Aurora affondò al largo della costa di Kinsale, adagiata su un fianco.
    entities: [steamer, kinsale]
    status: stated
    source: {id: paper, excerpt: sank off Kinsale}
"""


@pytest.mark.parametrize(("claim", "verdict"), [("Claim: The Aurora sank off the coast of France.", "contradicted"),
                                                ("Claim: The Aurora sank off Kinsale.", "confirmed")])
def test_a_place_after_off_the_coast_of_is_weighed(run: Any, write: Any, claim: str, verdict: str) -> None:
    """"France" is no slip of "fianco" (a new user's trial: confirmed at 0.99); Kinsale, the fact's own, confirms."""
    data = json.loads(run("ask", claim, "-f", str(write(STEAMER)), "--json").stdout)
    assert (data["answer"]["id"], data["verdict"]) == ("sinking-place", verdict)
