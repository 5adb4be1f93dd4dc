"""A hyphenated word the facts say as it is ("Martin-Siemens furnaces") is known; one they do not ("Anna-Siemens",
a name made of a word they do not use) is still a word no fact uses."""

from __future__ import annotations

import json
from typing import Any

import pytest

WORKS = """\
format: 1
sources:
  - {id: paper, title: City paper, language: en}
entities:
  - {id: works, kind: place, names: {en: [Terni steelworks], it: [acciaieria di Terni]}}
facts:
  - id: furnaces
    type: count
    value: {number: 5, unit: {en: furnaces, it: forni}}
    statement: {en: The Terni steelworks had five Martin-Siemens furnaces fed with gas., it: L'acciaieria di Terni aveva cinque forni Martin-Siemens alimentati a gas.}
    entities: [works]
    status: stated
    source: {id: paper, excerpt: five Martin-Siemens furnaces}
"""


@pytest.mark.parametrize(("question", "expected"), [
    ("Quanti forni Martin-Siemens andavano a gas?", "furnaces"),  # one unknown word ("andavano") is let pass
    ("How many Anna-Siemens furnaces ran on gas?", None),  # "Anna" is no word of the facts: another thing
    ("How many Siemens-Martin furnaces ran on gas?", None),  # not in the row the facts say it
])
def test_a_hyphenated_word_the_facts_say_is_known(run: Any, write: Any, question: str, expected: str | None) -> None:
    """Only the compound the facts say, in its order, is theirs."""
    out = json.loads(run("ask", question, "-f", str(write(WORKS)), "--json").stdout)
    assert (out["answer"] or {}).get("id") == expected, out
