"""A name of several words that is part of a longer name ("St. Ives" of "St. Ives Harbour Authority")
may mean the longer-named thing the fact names: the short name is how people say it."""

from __future__ import annotations

from typing import Any

HARBOUR = """\
format: 1
sources:
  - {id: paper, title: City paper, language: en}
entities:
  - {id: town, kind: place, names: {en: [St. Ives], it: [St. Ives]}}
  - {id: penzance, kind: place, names: {en: [Penzance], it: [Penzance]}}
  - {id: authority, kind: organisation, names: {en: [St. Ives Harbour Authority], it: [Autorità portuale di St. Ives]}}
facts:
  - id: authority-founded
    type: date
    value: {date: "1931"}
    statement: {en: The harbour authority was founded in 1931., it: L'autorità portuale è stata fondata nel 1931.}
    entities: [authority]
    status: stated
    source: {id: paper, excerpt: founded in 1931}
  - id: penzance-fair
    type: event
    value: {name: {en: the fair, it: la fiera}}
    statement: {en: Penzance holds a fair every summer., it: Penzance ospita una fiera ogni estate.}
    entities: [penzance]
    status: stated
    source: {id: paper, excerpt: a fair every summer}
"""


def test_a_short_name_may_mean_the_longer_named_thing(run: Any, write: Any) -> None:
    result = run("ask", "when was the harbour authority at st ives founded", "-f", str(write(HARBOUR)),
                 "--format", "value")
    assert result.exit_code == 0 and result.stdout.strip() == "1931"


def test_a_name_the_fact_does_not_contain_still_must_be_named(run: Any, write: Any) -> None:
    """The negative case: Penzance is not part of any name of the things the fact names."""
    result = run("ask", "when was the harbour authority at penzance founded", "-f", str(write(HARBOUR)),
                 "--format", "value")
    assert result.exit_code == 1 and result.stdout == ""
