"""Shorthand of chat and notes ("ppl", "whats"), and slips of "people", read as the words they stand for."""

from __future__ import annotations

import json
from typing import Any

import pytest

from tests.conftest import unanswered

FLOOD = """\
format: 1
sources:
  - {id: paper, title: The Gazette, language: en}
entities:
  - {id: flood, kind: event, names: {en: [the flood], it: [l'alluvione]}}
facts:
  - id: flood-deaths
    type: count
    value: {number: 40, unit: {en: deaths, it: morti}}
    statement: {en: The flood killed forty villagers., it: L'alluvione uccise quaranta abitanti.}
    entities: [flood]
    status: stated
    source: {id: paper, excerpt: killed forty villagers}
  - id: flood-local-name
    type: event
    value: {name: {en: the local name, it: il nome locale}}
    statement: {en: "Locally the flood is called the Great Water.", it: "Sul posto l'alluvione è chiamata la Grande Acqua."}
    entities: [flood]
    status: stated
    source: {id: paper, excerpt: called the Great Water}
"""


@pytest.mark.parametrize(("question", "expected"), [
    ("how many ppl were killed by the flood", "flood-deaths"),
    ("how many peple were killed by the flood", "flood-deaths"),
    ("whats the local name of the flood", "flood-local-name"),
])
def test_shorthand_reaches_the_fact(run: Any, write: Any, question: str, expected: str) -> None:
    """Each would be a word no fact uses, and a refusal, read as written."""
    data = json.loads(run("ask", question, "-f", str(write(FLOOD)), "--format", "json").stdout)
    assert data["answer"]["id"] == expected, data


def test_shorthand_of_a_word_the_facts_lack_still_refuses(run: Any, write: Any) -> None:
    """The negative case: "govt" is read as "government", which no fact here names, so nothing answers."""
    result = run("ask", "how many ppl did the govt evacuate", "-f", str(write(FLOOD)), "--format", "json")
    assert unanswered(result), result.stdout
