"""When the fact that fits a question best by far is ruled out, a fact far behind it (under 0.4 of its score) is
not given instead: it answers something else ("How many locks?" with the canal's flow). On a trial's fact file, as
the case needs a file of some size."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

CANAL = str(Path(__file__).parent / "eval" / "it-canale-cavour-1866" / "facts.yaml")


@pytest.mark.parametrize(("question", "expected"), [
    ("How many locks does the canal have?", None),  # the lock's fact counts metres; the flow is far behind
    ("How many bridges does the canal have?", "canal-bridges-62"),  # the negative case: the best fact answers
])
def test_no_answer_far_behind_a_fact_ruled_out(run: Any, question: str, expected: str | None) -> None:
    """Refuse rather than give a fact far behind the one ruled out."""
    out = json.loads(run("ask", question, "-f", CANAL, "--format", "json").stdout)
    assert (out["answer"] or {}).get("id") == expected, out
