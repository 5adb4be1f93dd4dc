"""A count answers "how many X" only if it counts X: "Quante traduzioni hanno fatto gli studenti?" is not
answered by the number of students, though that fact speaks of translations too."""

from __future__ import annotations

from typing import Any

import pytest

COURSE = """\
format: 1
sources:
  - {id: paper, title: City paper, language: it}
entities:
  - {id: corso, kind: event, names: {it: [il corso, corso], en: [the course, course]}}
facts:
  - id: ventisette-studenti
    type: count
    value: {number: 27, unit: {it: studenti, en: students}, counted: {it: studenti del corso, en: students of the course}}
    statement:
      it: Il corso ha coinvolto 27 studenti, impegnati in traduzioni e nuove voci.
      en: The course involved 27 students, busy with translations and new articles.
    entities: [corso]
    status: stated
    source: {id: paper, excerpt: 27 studenti}
"""


@pytest.mark.parametrize("question", ["Quante traduzioni hanno fatto gli studenti del corso?",
                                      "How many translations did the students of the course make?"])
def test_a_count_of_something_else_does_not_answer(run: Any, write: Any, question: str) -> None:
    """The file counts students, not translations: no answer."""
    result = run("ask", question, "-f", str(write(COURSE)), "--format", "value")
    assert result.exit_code == 1 and result.stdout == ""


@pytest.mark.parametrize("question", ["Quanti studenti ha coinvolto il corso?", "How many students did the course involve?"])
def test_the_count_answers_what_it_counts(run: Any, write: Any, question: str) -> None:
    """The negative case: the students it counts are answered."""
    result = run("ask", question, "-f", str(write(COURSE)), "--format", "value")
    assert result.exit_code == 0 and result.stdout.startswith("27")
