"""A how-many question about people counts those its verb says ("How many people died?"): a count of other
people (out of work, evacuated) does not answer it, and the verb is never a word to let pass. "Lose one's life"
and "perdere la vita" are read as dying."""

from __future__ import annotations

import json
from typing import Any

import pytest

FLOOD = """\
format: 1
sources:
  - {id: paper, title: The Gazette, language: en}
entities:
  - {id: flood, kind: event, names: {en: [the Great Flood], it: [la Grande Alluvione]}}
facts:
  - id: out-of-work
    type: count
    value: {number: 100000, unit: {en: people, it: persone}, counted: {en: people thrown out of work, it: persone rimaste senza lavoro}}
    statement: {en: The Great Flood threw 100000 people out of work., it: La Grande Alluvione lasciò 100000 persone senza lavoro.}
    entities: [flood]
    status: stated
    source: {id: paper, excerpt: 100000 people out of work}
"""

TOLL = """\
  - id: death-toll
    type: count
    value: {number: 35, unit: {en: deaths, it: morti}}
    statement: {en: The Great Flood caused 35 deaths., it: La Grande Alluvione causò 35 morti.}
    entities: [flood]
    status: stated
    source: {id: paper, excerpt: 35 deaths}
"""


ARLON = """\
format: 1
sources:
  - {id: paper, title: The Gazette, language: en}
entities:
  - {id: arlon, kind: place, names: {en: [Arlon], it: [Arlon]}}
facts:
  - id: out-of-work
    type: count
    value: {number: 100000, unit: {en: people, it: persone}, counted: {en: people thrown out of work, it: persone rimaste senza lavoro}}
    statement: {en: The 1910 flood in Arlon threw 100000 people out of work., it: L'alluvione del 1910 ad Arlon lasciò 100000 persone senza lavoro.}
    entities: [arlon]
    status: stated
    source: {id: paper, excerpt: 100000 people out of work}
"""


@pytest.mark.parametrize("question", ["How many people died in the 1910 Arlon flood?",
                                      "How many people were injured in the 1910 flood in Arlon?"])
def test_people_counted_by_another_verb_are_not_the_answer(run: Any, write: Any, question: str) -> None:
    """The verb is the one word no fact uses, with two others the fact says: still never let pass."""
    result = run("ask", question, "-f", str(write(ARLON)))
    assert result.exit_code == 1 and result.stdout == "", result.stdout


def test_the_people_the_count_says_are_still_answered(run: Any, write: Any) -> None:
    result = run("ask", "How many people were thrown out of work by the 1910 flood in Arlon?", "-f",
                 str(write(ARLON)), "--format", "json")
    assert json.loads(result.stdout)["answer"]["id"] == "out-of-work", result.stdout


@pytest.mark.parametrize("question", ["How many people died in the Great Flood?",
                                      "How many people lost their lives in the Great Flood?"])
def test_the_toll_answers_how_many_died(run: Any, write: Any, question: str) -> None:
    result = run("ask", question, "-f", str(write(FLOOD + TOLL)), "--format", "json")
    assert json.loads(result.stdout)["answer"]["id"] == "death-toll", result.stdout


FISHERMEN = """\
format: 1
sources:
  - {id: paper, title: The Gazette, language: it}
entities:
  - {id: flood, kind: event, names: {en: [the Great Flood], it: [la Grande Alluvione]}}
facts:
  - id: fishermen-dead
    type: count
    value: {number: 12, unit: {en: fishermen, it: pescatori}}
    statement: {en: Twelve fishermen died in the Great Flood., it: Nella Grande Alluvione morirono dodici pescatori.}
    entities: [flood]
    status: stated
    source: {id: paper, excerpt: morirono dodici pescatori}
  - id: fishermen-at-sea
    type: count
    value: {number: 300, unit: {en: fishermen, it: pescatori}}
    statement: {en: During the Great Flood 300 fishermen were at sea., it: Durante la Grande Alluvione 300 pescatori erano in mare.}
    entities: [flood]
    status: stated
    source: {id: paper, excerpt: 300 pescatori in mare}
"""


def test_perdere_la_vita_is_dying(run: Any, write: Any) -> None:
    result = run("ask", "Quanti pescatori persero la vita nella Grande Alluvione?", "-f", str(write(FISHERMEN)),
                 "--format", "json")
    assert json.loads(result.stdout)["answer"]["id"] == "fishermen-dead", result.stdout
