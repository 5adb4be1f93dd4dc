"""A vocabulary entry is found by any form of its words: entries for two forms of one word that list two forms
of another ("circled: orbited", "circles: orbits") still agree, and an entry of several words is found with an
irregular verb in another form ("come back" for `came back`)."""

from __future__ import annotations

from typing import Any

PROBE = """\
format: 1
sources:
  - {id: paper, title: City paper, language: en}
entities:
  - {id: probe, kind: thing, names: {en: [the probe], it: [la sonda]}}
  - {id: moon, kind: place, names: {en: [the Moon], it: [la Luna]}}
facts:
  - id: probe-orbits
    type: count
    value: {number: 10, unit: {en: orbits, it: orbite}}
    statement: {en: The probe orbited the Moon ten times., it: La sonda orbitò intorno alla Luna dieci volte.}
    entities: [probe, moon]
    status: stated
    source: {id: paper, excerpt: orbited the Moon ten times}
  - id: probe-home
    type: date
    value: {date: "1968-09-21"}
    statement: {en: The probe returned to Earth on 21 September 1968., it: La sonda tornò sulla Terra il 21 settembre 1968.}
    entities: [probe]
    status: stated
    source: {id: paper, excerpt: returned to Earth on 21 September 1968}
vocabulary:
  circled: [orbited]
  circles: [orbits]
  came back: [returned]
"""


def test_another_form_of_two_entries_finds_what_they_agree_on(run: Any, write: Any) -> None:
    result = run("ask", "How many times did the probe circle the Moon?", "-f", str(write(PROBE)), "--format", "value")
    assert result.exit_code == 0 and result.stdout == "10\n", result.stdout + result.stderr


def test_an_entry_of_several_words_in_an_irregular_form(run: Any, write: Any) -> None:
    result = run("ask", "When did the probe come back?", "-f", str(write(PROBE)), "--format", "value")
    assert result.exit_code == 0 and result.stdout == "1968-09-21\n", result.stdout + result.stderr


def test_a_word_no_entry_lists_is_still_unknown(run: Any, write: Any) -> None:
    """The negative case: "spin" is in no entry and no fact; the question is refused."""
    result = run("ask", "How many times did the probe spin?", "-f", str(write(PROBE)), "--format", "value")
    assert result.exit_code == 1 and result.stdout == ""


THEATRE = """\
format: 1
sources:
  - {id: paper, title: City paper, language: en}
entities:
  - {id: hall, kind: place, names: {en: [the Civic Hall], it: [la Sala Civica]}}
facts:
  - id: hall-inaugurated
    type: date
    value: {date: "1880-11-27"}
    statement: {en: The Civic Hall was inaugurated on 27 November 1880., it: La Sala Civica fu inaugurata il 27 novembre 1880.}
    entities: [hall]
    status: stated
    source: {id: paper, excerpt: inaugurated on 27 November 1880}
vocabulary:
  opened: [inaugurated]
"""


def test_a_short_word_finds_the_entry_for_it_with_a_regular_ending(run: Any, write: Any) -> None:
    """"open" finds `opened` (a word of four letters finds no entry by its stem alone: "hug" is not "huge")."""
    result = run("ask", "When did the Civic Hall open?", "-f", str(write(THEATRE)), "--format", "value")
    assert result.exit_code == 0 and result.stdout == "1880-11-27\n", result.stdout + result.stderr
