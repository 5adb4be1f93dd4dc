"""A date asked for outright ("In che data...?", "What year...?") is answered by a date or not at all, never by
another kind of fact that happens to share the question's words; a date only mentioned may be."""

from __future__ import annotations

from typing import Any

import pytest

WALK = """\
format: 1
sources:
  - {id: paper, title: City paper, language: en}
entities:
  - {id: rossi, kind: person, names: {en: [Ada Rossi, Rossi], it: [Ada Rossi, Rossi]}}
facts:
  - id: rossi-one-dive
    type: count
    value: {number: 1, unit: {en: dives, it: immersioni}}
    statement:
      en: Rossi made one deep dive during the expedition.
      it: Rossi ha fatto una immersione profonda durante la spedizione.
    entities: [rossi]
    status: stated
    source: {id: paper, excerpt: one deep dive}
"""


@pytest.mark.parametrize("question", ["In che data c'è stata l'immersione di Rossi?", "What year was Rossi's deep dive?",
                                      "In quale anno Rossi ha fatto l'immersione profonda?"])
def test_a_date_asked_outright_is_not_answered_by_a_count(run: Any, write: Any, question: str) -> None:
    """The file tells how many dives, not when: the date asked for is not in the facts."""
    result = run("ask", question, "-f", str(write(WALK)), "--format", "value")
    assert result.exit_code == 1 and result.stdout == ""


def test_the_count_still_answers_how_many(run: Any, write: Any) -> None:
    """The negative case: the same fact answers the question it does answer."""
    result = run("ask", "How many deep dives did Rossi make?", "-f", str(write(WALK)), "--format", "value")
    assert result.exit_code == 0 and result.stdout.startswith("1")
