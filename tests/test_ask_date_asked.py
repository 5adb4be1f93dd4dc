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


BRIDGE = """\
format: 1
sources:
  - {id: paper, title: City paper, language: en}
entities:
  - {id: bridge, kind: thing, names: {en: [the bridge], it: [il ponte]}}
facts:
  - id: deck-widened
    type: count
    value: {number: 20, unit: {en: metres wide, it: metri di larghezza}}
    statement:
      en: During the restoration of the bridge the deck was widened to 20 metres.
      it: Durante il restauro del ponte la carreggiata fu allargata a 20 metri.
    entities: [bridge]
    status: stated
    source: {id: paper, excerpt: the deck was widened}
  - id: closed-in-war
    type: event
    value: {name: {en: closure, it: chiusura}}
    statement:
      en: The bridge was closed to traffic during the war.
      it: Il ponte fu chiuso al traffico durante la guerra.
    entities: [bridge]
    status: stated
    source: {id: paper, excerpt: closed during the war}
  - id: bridge-length
    type: count
    value: {number: 300, unit: {en: metres long, it: metri di lunghezza}}
    statement: {en: The bridge is 300 metres long., it: Il ponte è lungo 300 metri.}
    entities: [bridge]
    status: stated
    source: {id: paper, excerpt: 300 metres long}
"""


@pytest.mark.parametrize("question", ["When was the restoration of the bridge?", "Quando fu il restauro del ponte?"])
def test_during_the_thing_asked_says_not_when(run: Any, write: Any, question: str) -> None:
    """"During the restoration" tells what was done then, not when the restoration was."""
    result = run("ask", question, "-f", str(write(BRIDGE)), "--format", "value")
    assert result.exit_code == 1 and result.stdout == "", result.stdout


def test_during_another_thing_says_when(run: Any, write: Any) -> None:
    """The negative case: closed "during the war" says when the bridge was closed."""
    result = run("ask", "When was the bridge closed?", "-f", str(write(BRIDGE)), "--format", "json")
    assert result.exit_code == 0 and '"closed-in-war"' in result.stdout, result.stdout
