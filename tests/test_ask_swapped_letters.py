"""A question word typed with two neighbouring letters swapped ("waht", "whne", "qaundo") is read as that word, so
the question keeps its kind; a slip that may be two question words ("hwo": how or who) is left as it is."""

from __future__ import annotations

from typing import Any

import pytest

from factcli.ask.question import parse
from factcli.ask.words import unswapped

DAM = """\
format: 1
sources:
  - {id: paper, title: City paper, language: en}
entities:
  - {id: dam, kind: place, names: {en: [the Vela dam], it: [la diga Vela]}}
facts:
  - id: dam-opened
    type: date
    value: {date: "1931-05-02"}
    statement: {en: The Vela dam opened on 2 May 1931., it: La diga Vela fu inaugurata il 2 maggio 1931.}
    entities: [dam]
    status: stated
    source: {id: paper, excerpt: opened on 2 May 1931}
  - id: dam-voltage
    type: count
    value: {number: 15, unit: {en: kV, it: kV}, counted: {en: line voltage, it: tensione della linea}}
    statement: {en: The Vela dam's line runs at 15 kV., it: La linea della diga Vela funziona a 15 kV.}
    entities: [dam]
    status: stated
    source: {id: paper, excerpt: runs at 15 kV}
"""


@pytest.mark.parametrize(("word", "meant"), [("waht", "what"), ("whne", "when"), ("qaundo", "quando"),
                                             ("doev", "dove"), ("hwo", None), ("what", None), ("hat", None)])
def test_a_question_word_with_two_letters_swapped(word: str, meant: str | None) -> None:
    """Each slip reads back to one question word; a word that is one already, an ambiguous slip or another word
    does not."""
    assert unswapped(word) == meant


@pytest.mark.parametrize(("question", "value"), [("whne did the Vela dam open", "1931-05-02"),
                                                 ("waht voltage does the Vela dam line run at", "15")])
def test_the_question_is_answered_as_if_spelt_right(run: Any, write: Any, question: str, value: str) -> None:
    """The swapped letters do not turn the question into a claim nor cost it its kind."""
    result = run("ask", question, "-f", str(write(DAM)), "--format", "value")
    assert result.exit_code == 0 and result.stdout.strip() == value
    assert parse(question).frame


def test_hwo_is_left_alone() -> None:
    """The negative case: "hwo" may be how or who, so no question word is guessed."""
    assert not parse("hwo opened the Vela dam").frame
