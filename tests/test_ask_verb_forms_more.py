"""More forms of a verb the stemmer splits: Italian irregular participles and pasts ("avvenuta", "avvenne") are one
verb; an English negative written without its apostrophe ("didnt") reads as written with it."""

from __future__ import annotations

from typing import Any

import pytest

FLOOD = """\
format: 1
sources:
  - {id: paper, title: City paper, language: it}
entities:
  - {id: flood, kind: event, names: {it: [l'alluvione dell'Avon, alluvione dell'Avon], en: [the Avon flood]}}
  - {id: slide, kind: event, names: {it: [la frana di Borgo, frana di Borgo], en: [the Borgo landslide]}}
facts:
  - id: flood-date
    type: date
    value: {date: "1844-11-03"}
    statement: {it: L'alluvione dell'Avon avvenne il 3 novembre 1844., en: The Avon flood happened on 3 November 1844.}
    entities: [flood]
    status: stated
    source: {id: paper, excerpt: avvenne il 3 novembre 1844}
  - id: slide-date
    type: date
    value: {date: "1850"}
    statement: {it: La frana di Borgo è avvenuta nel 1850., en: The Borgo landslide happened in 1850.}
    entities: [slide]
    status: stated
    source: {id: paper, excerpt: avvenuta nel 1850}
"""


@pytest.mark.parametrize(("question", "answer"), [
    ("Quando è avvenuta l'alluvione dell'Avon?", "1844-11-03"),
    ("Quando avvenne la frana di Borgo?", "1850"),
])
def test_an_irregular_participle_finds_its_past(run: Any, write: Any, question: str, answer: str) -> None:
    """"avvenuta" finds "avvenne" and the other way round, though another fact says the question's own form."""
    result = run("ask", question, "-f", str(write(FLOOD)), "--format", "value")
    assert (result.exit_code, result.stdout.strip()) == (0, answer)


def test_a_negative_without_its_apostrophe(run: Any, write: Any) -> None:
    """"didnt" is no unknown word: the question is read as with "didn't"."""
    with_it = run("ask", "When didn't the Avon flood happen?", "-f", str(write(FLOOD)), "--format", "json")
    without = run("ask", "When didnt the Avon flood happen?", "-f", str(write(FLOOD)), "--format", "json")
    assert without.exit_code == with_it.exit_code and "didnt" not in without.stderr
    assert without.stdout.replace("didnt", "didn't") == with_it.stdout
