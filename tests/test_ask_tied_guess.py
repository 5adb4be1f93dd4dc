"""An open question (what, who, which) answered by a fact that leaves some of its words unsaid, while a fact giving
another answer ranks as high, is refused: nothing of the asked kind tells the two apart, so the answer would be a
coin toss ("Who ran the train?" had got how the train swayed). On a trial's fact file, as the case needs a file of
some size."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

ESCHEDE = str(Path(__file__).parent / "eval" / "en-eschede-1998" / "facts.yaml")


@pytest.mark.parametrize(("question", "expected"), [
    ("Who ran the train?", None),  # "ran" is said by no fact; the one ranked first is no better than another
    ("Who operated the train?", "operator"),  # the negative case: the fact that says it all answers
    ("What caused the Eschede crash?", "cause-fatigue-crack"),  # ... and one clear of its rivals
])
def test_an_open_question_tied_and_half_said_is_refused(run: Any, question: str, expected: str | None) -> None:
    """Refuse an open question's tie of facts that each leave words unsaid; answer one that says them."""
    out = json.loads(run("ask", question, "-f", ESCHEDE, "--format", "json").stdout)
    assert (out["answer"] or {}).get("id") == expected, out
