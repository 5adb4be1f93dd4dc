"""An Italian statement with "è" and no closing stop ("La Punta Alta è alta 8000 metri") is a claim and gets a
verdict; "e" without its accent is "and", which makes a keyword query no claim."""

from __future__ import annotations

import json
from typing import Any

import pytest

PEAK = """\
format: 1
sources:
  - {id: paper, title: La Gazzetta, language: it}
entities:
  - {id: peak, kind: place, names: {en: [Punta Alta], it: [Punta Alta]}}
facts:
  - id: height
    type: count
    value: {number: 7925, unit: {en: metres, it: metri}}
    statement: {en: Punta Alta is 7925 metres high., it: La Punta Alta è alta 7925 metri.}
    entities: [peak]
    status: stated
    source: {id: paper, excerpt: alta 7925 metri}
"""


@pytest.mark.parametrize(("text", "verdict"), [("La Punta Alta è alta 8000 metri", "contradicted"),
                                               ("La Punta Alta è alta 7925 metri", "confirmed"),
                                               ("Punta Alta e 7925 metri", None)])
def test_e_with_its_accent_states(run: Any, write: Any, text: str, verdict: str | None) -> None:
    result = run("ask", text, "-f", str(write(PEAK)), "--format", "json")
    answer = json.loads(result.stdout)
    assert answer["verdict"] == verdict and answer["answer"]["id"] == "height", answer
