"""A fact that numbers the thing asked as the question does and another one beside it ("on a second flight,
because during the first one...") tells of the one asked; a fact whose value numbers it otherwise ("First day for
members only") does not, whatever its statement says of the other."""

from __future__ import annotations

import json
from typing import Any

FLIGHTS = """\
format: 1
sources:
  - {id: paper, title: The Gazette, language: en}
entities:
  - {id: survey, kind: event, names: {en: [the survey], it: [il rilievo]}}
facts:
  - id: photos-taken
    type: date
    value: {date: "1950-04-19"}
    statement:
      en: The photos were taken on a second flight on 19 April 1950, because during the first flight haze hid the ground.
      it: Le foto furono scattate durante un secondo volo il 19 aprile 1950, perché durante il primo volo la foschia nascondeva il suolo.
    entities: [survey]
    status: stated
    source: {id: paper, excerpt: on a second flight on 19 April 1950}
  - id: members-day
    type: event
    value: {name: {en: First day for members only, it: Primo giorno riservato ai soci}}
    statement:
      en: During the first day the meeting was for members only; the public came on the second day.
      it: Il primo giorno l'assemblea fu riservata ai soci; il pubblico venne il secondo giorno.
    entities: [survey]
    status: stated
    source: {id: paper, excerpt: the public came on the second day}
"""


def _answer(run: Any, write: Any, question: str) -> str | None:
    out = json.loads(run("ask", question, "-f", str(write(FLIGHTS)), "--format", "json").stdout or "{}")
    return (out.get("answer") or {}).get("id")


def test_a_fact_that_numbers_both_answers_the_one_asked(run: Any, write: Any) -> None:
    assert _answer(run, write, "When was the second flight?") == "photos-taken"
    assert _answer(run, write, "Quando fu fatto il secondo volo?") == "photos-taken"


def test_a_value_numbered_otherwise_is_no_answer(run: Any, write: Any) -> None:
    assert _answer(run, write, "What happened on the second day?") is None
    assert _answer(run, write, "What happened on the first day?") == "members-day"
