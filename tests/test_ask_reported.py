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


FLIERS = """\
format: 1
sources:
  - {id: paper, title: A paper, language: en}
entities:
  - {id: ada, kind: person, names: {it: [Ada Neri, Neri], en: [Ada Neri, Neri]}}
  - {id: bruno, kind: person, names: {it: [Bruno Rossi, Rossi], en: [Bruno Rossi, Rossi]}}
facts:
  - id: ada-boat
    type: quote
    value: {text: "The way to fly the Atlantic is by flying boat, the Atlantic way.", lang: en, speaker: ada}
    statement: {it: Ada Neri disse che il modo di volare sull'Atlantico è l'idrovolante., en: Ada Neri said the way to fly the Atlantic is by flying boat.}
    entities: [ada]
    status: stated
    source: {id: paper, excerpt: flying boat}
  - id: bruno-way
    type: quote
    value: {text: "That is the way to fly the Atlantic.", lang: en, speaker: bruno}
    statement: {it: Bruno Rossi disse di aver trovato il modo., en: Bruno Rossi said he had found the way.}
    entities: [bruno]
    status: stated
    source: {id: paper, excerpt: the way}
"""


def test_who_said_words_in_quotation_marks_is_the_quote_with_those_words(run: Any, write: Any) -> None:
    """The quote that has the quoted words in a row answers, though another shares more of them (it got the
    other, a new user's trial); words quoted that no quote has in a row leave the ranking as it was."""
    path = str(write(FLIERS))
    exact = run("ask", 'Who said "That is the way to fly the Atlantic"?', "-f", path, "--format", "value")
    assert (exact.exit_code, exact.stdout) == (0, "Bruno Rossi\n")
    loose = run("ask", 'Who said "fly the Atlantic by flying boat"?', "-f", path, "--format", "value")
    assert (loose.exit_code, loose.stdout) == (0, "Ada Neri\n")
