"""A particle no fact uses ("across", "off") and "avvenuta" (happened) are let pass and are no word the answer
must say: the facts tell the relation, or that it happened, in words of their own."""

from __future__ import annotations

import json
from typing import Any

import pytest

ICE = """\
format: 1
sources:
  - {id: paper, title: The Gazette, language: en}
entities:
  - {id: crew, kind: group, names: {en: [the crew], it: [l'equipaggio]}}
  - {id: flood, kind: event, names: {en: [the Arlon flood], it: [l'alluvione di Arlon]}}
facts:
  - id: boats-hauled
    type: count
    value: {number: 3, unit: {en: boats, it: barche}}
    statement: {en: The crew dragged three boats over the ice to the sea., it: L'equipaggio trascinò tre barche sul ghiaccio.}
    entities: [crew]
    status: stated
    source: {id: paper, excerpt: dragged three boats over the ice}
  - id: flood-date
    type: date
    value: {date: "1910-01-28"}
    statement: {en: The Arlon flood struck on 28 January 1910., it: L'alluvione di Arlon colpì il 28 gennaio 1910.}
    entities: [flood]
    status: stated
    source: {id: paper, excerpt: struck on 28 January 1910}
"""


@pytest.mark.parametrize(("question", "fact"), [
    ("How many boats did the crew drag across the ice?", "boats-hauled"),
    ("Quando è avvenuta l'alluvione di Arlon?", "flood-date"),
])
def test_a_particle_no_fact_uses_is_let_pass(run: Any, write: Any, question: str, fact: str) -> None:
    result = run("ask", question, "-f", str(write(ICE)), "--format", "json")
    assert json.loads(result.stdout)["answer"]["id"] == fact, result.stdout


def test_a_name_no_fact_uses_is_still_not(run: Any, write: Any) -> None:
    result = run("ask", "How many boats did the crew haul across Lake Ilmen?", "-f", str(write(ICE)))
    assert result.exit_code == 1 and result.stdout == ""


def test_an_unknown_particle_is_no_word_the_answer_must_say(write: Any) -> None:
    """The reading itself: "across", which no fact uses, is let pass and left out of the words to cover; where a
    fact uses it, it stays one (the negative case)."""
    from factcli import FactBase
    from factcli.ask.question import parse
    from factcli.ask.reading import read
    from factcli.core.text import stem
    from factcli.index.synonyms import phrases

    def reading_of(data: str, text: str) -> Any:
        """The question read as `ask` reads it, against the file `data`."""
        index = FactBase.load(str(write(data))).index
        return read(index, parse(text, phrases(index), known=lambda w: index.has_term(stem(w))))

    question = "How many boats did the crew drag across the ice?"
    unused = reading_of(ICE, question)
    used = reading_of(ICE.replace("over the ice to the sea", "across the ice to the sea"), question)
    assert "across" in unused.topic and "across" not in unused.plain_words and "across" not in unused.unknown
    assert "across" in used.plain_words
