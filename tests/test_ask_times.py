"""A time of day written in words ("at three in the afternoon", "alle tre del pomeriggio", "ten o'clock")
answers "What time...?" as one written in digits does; "alle tre sorelle" is no time."""

from __future__ import annotations

import json
from typing import Any

import pytest

from tests.conftest import unanswered

PALACE = """\
format: 1
sources:
  - {id: paper, title: City paper, language: en}
entities:
  - {id: king, kind: person, names: {en: [King Aldo, Aldo], it: [re Aldo, Aldo]}}
  - {id: palace, kind: place, names: {en: [the Avon Palace], it: [il Palazzo Avon]}}
facts:
  - id: king-left-palace
    type: event
    value: {name: {en: the king's departure, it: la partenza del re}}
    statement: {en: At three in the afternoon King Aldo left the Avon Palace., it: Alle tre del pomeriggio re Aldo lasciò il Palazzo Avon.}
    entities: [king, palace]
    status: stated
    source: {id: paper, excerpt: left the palace}
  - id: king-gift
    type: event
    value: {name: {en: the gift, it: il dono}}
    statement: {en: King Aldo left the Avon Palace to three sisters., it: Re Aldo lasciò il Palazzo Avon alle tre sorelle.}
    entities: [king, palace]
    status: stated
    source: {id: paper, excerpt: to three sisters}
"""


@pytest.mark.parametrize(("question", "time"), [("What time was it when King Aldo left the Avon Palace?", "three in the afternoon"),
                                                ("A che ora re Aldo lasciò il Palazzo Avon?", "tre del pomeriggio")])
def test_a_time_in_words_answers_what_time(run: Any, write: Any, question: str, time: str) -> None:
    """The fact that says the hour in words answers, and the bare value is that hour."""
    data = json.loads(run("ask", question, "-f", str(write(PALACE)), "--format", "json").stdout)
    assert data["answer"]["id"] == "king-left-palace", data
    assert run("ask", question, "-f", str(write(PALACE)), "--format", "value").stdout.strip() == time


def test_three_sisters_are_no_time(run: Any, write: Any) -> None:
    """The negative case: without the hour's fact, "alle tre sorelle" does not answer what time."""
    data = PALACE.split("  - id: king-gift")[0].replace("At three in the afternoon King", "King").replace(
        "Alle tre del pomeriggio re", "Re") + "  - id: king-gift" + PALACE.split("  - id: king-gift")[1]
    assert unanswered(run("ask", "A che ora re Aldo lasciò il Palazzo Avon?", "-f", str(write(data)),
                          "--format", "json"))
