"""A question of going somewhere ("When did Ada get to Cape Horn?", "Who went to the pole?") is answered by a
fact that tells of the journey there, in its own words: going or arriving ("reached", "raggiunse"). (A word of
going that no fact uses at all is still a word no fact knows.)"""

from __future__ import annotations

import json
from typing import Any

import pytest

from tests.conftest import unanswered

VOYAGE = """\
format: 1
sources:
  - {id: log, title: Ship's log, language: en}
entities:
  - {id: rossi, kind: person, names: {en: [Ada Rossi, Rossi], it: [Ada Rossi, Rossi]}}
  - {id: horn, kind: place, names: {en: [Cape Horn], it: [Capo Horn]}}
facts:
  - id: rossi-reached-horn
    type: date
    value: {date: "1890-05-03"}
    statement: {en: Ada Rossi reached Cape Horn on 3 May 1890., it: Ada Rossi raggiunse Capo Horn il 3 maggio 1890.}
    entities: [rossi, horn]
    status: stated
    source: {id: log, excerpt: reached Cape Horn}
  - id: rossi-ship
    type: event
    value: {name: {en: the Vega, it: la Vega}}
    statement: {en: Ada Rossi travelled on the schooner Vega., it: Ada Rossi viaggiò sulla goletta Vega.}
    entities: [rossi]
    status: stated
    source: {id: log, excerpt: the schooner Vega}
"""
WROTE = VOYAGE.replace("reached Cape Horn on 3 May 1890.", "wrote about Cape Horn on 3 May 1890.").replace(
    "raggiunse Capo Horn", "scrisse di Capo Horn")


@pytest.mark.parametrize("question", ["When did Ada Rossi get to Cape Horn?", "When did Rossi go to Cape Horn?",
                                      "Quando è andata Ada Rossi a Capo Horn?"])
def test_a_fact_of_arriving_answers_a_question_of_going(run: Any, write: Any, question: str) -> None:
    """"Reached" tells of the journey that "get to" and "go to" ask about."""
    data = json.loads(run("ask", question, "-f", str(write(VOYAGE)), "--format", "json").stdout)
    assert data["answer"]["id"] == "rossi-reached-horn", data


def test_a_fact_of_no_journey_does_not(run: Any, write: Any) -> None:
    """The negative case: writing about the place is no journey there."""
    assert unanswered(run("ask", "When did Ada Rossi get to Cape Horn?", "-f", str(write(WROTE)), "--format", "json"))


TRAVELLED = VOYAGE.replace("reached Cape Horn on 3 May 1890.", "travelled to Cape Horn on 3 May 1890.").replace(
    "raggiunse Capo Horn", "viaggiò fino a Capo Horn")


def test_who_went_needs_someone_the_question_does_not_name(run: Any, write: Any) -> None:
    """"Who went to Cape Horn with Rossi?" asks who, though "went" says nothing of its own: the fact of Rossi's
    journey, naming no one else, is no answer; nor is a fact of arriving, which may only count the others."""
    for data in (TRAVELLED, VOYAGE):
        result = run("ask", "Who went to Cape Horn with Ada Rossi?", "-f", str(write(data)), "--format", "json")
        assert unanswered(result), result.stdout


ROUNDED = VOYAGE.replace("reached Cape Horn on 3 May 1890.", "made the first crossing around Cape Horn on 3 May 1890.").replace(
    "raggiunse Capo Horn", "compì la prima traversata attorno a Capo Horn")
# (Another fact says "flew", so that "fly" is a word the file knows.)
FLOWN = VOYAGE.replace("reached Cape Horn on 3 May 1890.", "made the first flight over Cape Horn on 3 May 1890.").replace(
    "raggiunse Capo Horn", "compì il primo volo sopra Capo Horn").replace(
    "travelled on the schooner Vega", "flew on the biplane Vega").replace("viaggiò sulla goletta Vega", "volò sul biplano Vega")


@pytest.mark.parametrize(("data", "question"), [(ROUNDED, "When did Ada Rossi go around Cape Horn?"),
                                                (FLOWN, "When did Ada Rossi fly over Cape Horn?"),
                                                (FLOWN, "Quando Ada Rossi è volata sopra Capo Horn?")])
def test_a_journey_told_by_its_name_answers_a_question_of_going(run: Any, write: Any, data: str,
                                                                  question: str) -> None:
    """A crossing, a flight, a "volo" is the journey that "go around" and "fly over" ask about."""
    result = run("ask", question, "-f", str(write(data)), "--format", "json")
    assert json.loads(result.stdout)["answer"]["id"] == "rossi-reached-horn", result.stdout
