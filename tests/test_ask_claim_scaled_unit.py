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
