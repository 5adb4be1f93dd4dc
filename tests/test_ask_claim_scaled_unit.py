"""A count whose unit scales its number ("45" of "million") states that many: a claim of "45 million" is confirmed
by it, even where its statement leaves the scale to another number ("45 of the 85 million")."""

from __future__ import annotations

import json
from typing import Any

import pytest

SUBSIDY = """\
format: 1
sources:
  - {id: paper, title: City paper, language: en}
entities:
  - {id: ruritania, kind: country, names: {en: [Ruritania], it: [Ruritania]}}
  - {id: subsidy, kind: thing, names: {en: [the subsidy, subsidy], it: [la sovvenzione, sovvenzione]}}
facts:
  - id: ruritania-share
    type: count
    value: {number: "45", unit: {en: million, it: milioni}, counted: {en: Ruritania's share of the subsidy, it: quota della Ruritania della sovvenzione}}
    statement:
      en: Ruritania provided 45 of the 85 million of the subsidy; the two others 20 million each.
      it: La Ruritania fornì 45 degli 85 milioni della sovvenzione; gli altri due 20 milioni ciascuno.
    entities: [ruritania, subsidy]
    status: stated
    source: {id: paper, excerpt: 45 of the 85 million}
"""


@pytest.mark.parametrize(("claim", "verdict"), [
    ("Claim: Ruritania provided 45 million of the subsidy.", "confirmed"),
    ("È vero che la Ruritania fornì 45 milioni della sovvenzione?", "confirmed"),
    ("Claim: Ruritania provided 50 million of the subsidy.", "contradicted"),
])
def test_a_scaled_count_judges_the_claim(run: Any, write: Any, claim: str, verdict: str) -> None:
    """45 million is the fact's own quantity; 50 million is not (found by a new user's trial)."""
    data = json.loads(run("ask", claim, "-f", str(write(SUBSIDY)), "--format", "json").stdout)
    assert (data["verdict"], data["answer"]["id"]) == (verdict, "ruritania-share"), data


ARCADE = """\
format: 1
sources:
  - {id: paper, title: City paper, language: en}
entities:
  - {id: arcade, kind: thing, names: {en: [the Arcade], it: [la Galleria Nord]}}
facts:
  - id: arcade-cost
    type: count
    value: {number: "30", unit: {en: million crowns, it: milioni di corone}, counted: {en: cost of the Arcade, it: costo della Galleria Nord}}
    statement:
      en: The Arcade cost 30 million crowns.
      it: La Galleria Nord costò 30 milioni di corone.
    entities: [arcade]
    status: stated
    source: {id: paper, excerpt: cost 30 million crowns}
"""


@pytest.mark.parametrize(("claim", "verdict"), [
    ("Claim: the Arcade cost 30 million crowns.", "confirmed"),
    ("Claim: the Arcade cost 40 million crowns.", "contradicted"),
    ("Claim: the Arcade cost 30 crowns.", "contradicted"),
])
def test_a_unit_that_scales_its_number_is_read_with_it(run: Any, write: Any, claim: str, verdict: str) -> None:
    """"30" of "million crowns" is 30 million crowns: the claim of that number beside the unit is confirmed (a new
    user's trial: contradicted in English, where the unit's scale was read as another number)."""
    data = json.loads(run("ask", claim, "-f", str(write(ARCADE)), "--format", "json").stdout)
    assert (data["verdict"], data["answer"]["id"]) == (verdict, "arcade-cost"), data
