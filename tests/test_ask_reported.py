"""What someone said, when the file has no quote of theirs, may be a fact that reports it ("the Duke declared
that..."): only a fact whose own statement says someone spoke, and that says what the question asks about."""

from __future__ import annotations

import json
from typing import Any

from tests.conftest import unanswered

DUKE = """\
format: 1
sources:
  - {id: book, title: Mountain book, language: en}
entities:
  - {id: duke, kind: person, names: {en: [the Duke of Aosta, the Duke], it: [il duca d'Aosta, il duca]}}
  - {id: peak, kind: place, names: {en: [Mount Grey], it: [Monte Grigio]}}
facts:
  - id: duke-declared
    type: date
    value: {date: "1909"}
    statement:
      en: In 1909 the Duke declared that Mount Grey would never be climbed.
      it: Nel 1909 il duca dichiarò che il Monte Grigio non sarebbe mai stato scalato.
    entities: [duke, peak]
    status: stated
    source: {id: book, excerpt: declared that it would never be climbed}
  - id: duke-attempt
    type: date
    value: {date: "1908"}
    statement: {en: The Duke tried to climb the glacier in 1908., it: Il duca tentò di scalare il ghiacciaio nel 1908.}
    entities: [duke]
    status: stated
    source: {id: book, excerpt: tried to climb the glacier}
"""


def test_a_fact_that_reports_what_someone_said_answers_what_they_said(run: Any, write: Any) -> None:
    """No quote of the Duke: the fact that says he declared something answers, in both languages."""
    path = str(write(DUKE))
    for question in ("What did the Duke say about Mount Grey?", "Cosa disse il duca del Monte Grigio?"):
        result = run("ask", question, "-f", path, "--format", "json")
        assert result.exit_code == 0 and json.loads(result.stdout)["answer"]["id"] == "duke-declared", question


def test_a_fact_that_reports_no_speech_does_not_answer_what_was_said(run: Any, write: Any) -> None:
    """The negative case: the attempt's fact names the Duke and the glacier but says no one spoke."""
    result = run("ask", "What did the Duke say about the glacier?", "-f", str(write(DUKE)), "--format", "json")
    assert unanswered(result)
