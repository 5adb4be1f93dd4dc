"""A date fact that tells two acts joined by "and", each with its year ("built in 1930 and rebuilt in 1970"), gives
the date of one of them: a question about the other is not answered with it, as if that were its date."""

from __future__ import annotations

from typing import Any

import pytest

LIFE = """\
format: 1
sources:
  - {id: paper, title: City paper, language: en}
entities:
  - {id: rossi, kind: person, names: {en: [Ada Rossi, Rossi], it: [Ada Rossi, Rossi]}}
  - {id: hut, kind: place, names: {en: [the Corno hut], it: [il rifugio Corno]}}
facts:
  - id: lifespan
    type: date
    value: {date: "1857-04-08"}
    statement:
      en: Ada Rossi, a painter, was born on 8 April 1857 and died on 29 December 1936.
      it: Ada Rossi, pittrice, nacque l'8 aprile 1857 e morì il 29 dicembre 1936.
    entities: [rossi]
    status: stated
    source: {id: paper, excerpt: born on 8 April 1857 and died on 29 December 1936}
  - id: hut-built
    type: date
    value: {date: "1930"}
    statement:
      en: The Corno hut was built in 1930 and entirely rebuilt in 1970.
      it: Il rifugio Corno fu costruito nel 1930 e interamente ricostruito nel 1970.
    entities: [hut]
    status: stated
    source: {id: paper, excerpt: built in 1930 and rebuilt in 1970}
  - id: hut-closed
    type: date
    value: {date: "1990"}
    statement:
      en: In 1990 the Corno hut closed, two years before its owner sold it in 1992.
      it: Nel 1990 il rifugio Corno chiuse, due anni prima che il proprietario lo vendesse nel 1992.
    entities: [hut]
    status: stated
    source: {id: paper, excerpt: In 1990 the hut closed}
"""


@pytest.mark.parametrize("question", ["When did Ada Rossi die?", "Quando morì Ada Rossi?",
                                      "When was the Corno hut rebuilt?", "Quando fu ricostruito il rifugio Corno?"])
def test_the_other_act_of_a_two_date_fact_is_not_answered_with_its_value(run: Any, write: Any, question: str) -> None:
    """The fact's value is the birth (the first building); the death (the rebuilding) is not in its value."""
    result = run("ask", question, "-f", str(write(LIFE)), "--format", "value")
    assert result.exit_code == 1 and result.stdout == ""


@pytest.mark.parametrize(("question", "value"), [
    ("When was Ada Rossi born?", "1857-04-08"), ("Quando nacque Ada Rossi?", "1857-04-08"),
    ("When was the Corno hut built?", "1930"),
    # A year that opens its statement dates what follows it, not the words before the next year.
    ("When did the Corno hut close?", "1990")])
def test_the_act_of_the_value_is_still_answered(run: Any, write: Any, question: str, value: str) -> None:
    """The negative case: the act the value dates is answered with it."""
    result = run("ask", question, "-f", str(write(LIFE)), "--format", "value")
    assert result.exit_code == 0 and result.stdout.strip() == value
