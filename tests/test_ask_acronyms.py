"""An acronym is one word, however written: "U.S." and "US" are the same word (and "US" is not the stop word
"us"), so a question that writes it one way finds the fact that writes it the other."""

from __future__ import annotations

import json
from typing import Any

import pytest

from factcli.core.text import terms, words

RAIL = """\
format: 1
sources:
  - {id: paper, title: The Gazette, language: en}
entities:
  - {id: crash, kind: event, names: {en: [the Lenta crash], it: [il disastro del Lenta]}}
facts:
  - id: worst-crash
    type: event
    value: {name: {en: worst U.S. rail accident, it: peggiore incidente ferroviario statunitense}}
    statement: {en: The Lenta crash was the worst rail accident in U.S. history., it: Il disastro del Lenta fu il peggiore incidente ferroviario della storia statunitense.}
    entities: [crash]
    status: stated
    source: {id: paper, excerpt: the worst rail accident in U.S. history}
  - id: crash-deaths
    type: count
    value: {number: 92, unit: {en: deaths, it: morti}}
    statement: {en: The Lenta crash killed 92 people., it: Il disastro del Lenta uccise 92 persone.}
    entities: [crash]
    status: stated
    source: {id: paper, excerpt: killed 92 people}
"""


def test_a_dotted_acronym_is_one_word() -> None:
    assert words("the U.S. and the U.K.") == ["the", "usa", "and", "the", "uk"]
    assert terms("in the US") == terms("in the U.S.") == ["usa"]


def test_the_pronoun_stays_a_stop_word() -> None:
    assert terms("tell us") == ["tell"]


@pytest.mark.parametrize("question", [
    "What was the worst rail accident in US history?",
    "Was the Lenta crash the worst rail accident in US history?",
])
def test_a_question_writing_us_finds_the_fact_writing_u_s(run: Any, write: Any, question: str) -> None:
    result = run("ask", question, "-f", str(write(RAIL)), "--format", "json")
    answer = json.loads(result.stdout)
    assert answer["answer"]["id"] == "worst-crash", result.stdout
    assert answer.get("verdict") in (None, "confirmed")
    assert result.exit_code == 0
