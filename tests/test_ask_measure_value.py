"""A measure question answered by a count fact whose statement states several quantities of the dimension ("from 300
metres to 2 kilometres") gives the fact's own quantity, not the first one written; and "fino a" / "up to" that
closes a range ("da 300 metri fino a 2 chilometri") is its top, not a bound of the number after it."""

from __future__ import annotations

import json
from typing import Any

import pytest

from factcli.core.numbers import bound_before

CRACK = """\
format: 1
sources:
  - {id: paper, title: City paper, language: en}
entities:
  - {id: crack, kind: thing, names: {en: [the crack], it: [la crepa]}}
facts:
  - id: crack-size
    type: count
    value: {number: 2, unit: {en: kilometres, it: chilometri}, counted: {en: length of the crack, it: lunghezza della crepa}}
    statement:
      en: The crack grew from 300 metres to a length of 2 kilometres.
      it: La crepa si allungò da 300 metri fino a 2 chilometri.
    entities: [crack]
    status: stated
    source: {id: paper, excerpt: from 300 metres to a length of 2 kilometres}
"""


@pytest.mark.parametrize(("question", "measure"), [("How long was the crack?", "2 kilometres"),
                                                   ("Quanto era lunga la crepa?", "2 chilometri")])
def test_the_measure_is_the_facts_own_quantity(run: Any, write: Any, question: str, measure: str) -> None:
    """The fact counts 2 km; 300 metres is where the crack started, not its length."""
    result = run("ask", question, "-f", str(write(CRACK)), "--json")
    assert result.exit_code == 0
    out = json.loads(result.stdout)
    assert out["measure"] == measure and out["answer"]["value"]["qualifier"] is None


def test_a_unit_asked_for_is_the_values_conversion_not_another_quantity(run: Any, write: Any) -> None:
    """Asked in metres, the crack's length is still its 2 km (the file gives no metres for it), not the 300 metres
    it started from; a conversion written beside the value is the answer in the unit asked."""
    result = run("ask", "How long was the crack in metres?", "-f", str(write(CRACK)), "--json")
    assert result.exit_code == 0 and json.loads(result.stdout)["measure"] == "2 kilometres"
    converted = CRACK.replace("to a length of 2 kilometres.", "to a length of 2 kilometres (2000 metres).")
    result = run("ask", "How long was the crack in metres?", "-f", str(write(converted)), "--json")
    assert result.exit_code == 0 and json.loads(result.stdout)["measure"] == "2000 metres"


@pytest.mark.parametrize(("text", "bound"), [
    ("da 300 metri fino a 2 chilometri", None), ("from 300 up to 2000 people", None),
    ("fino a 2 chilometri", "at-most"), ("up to 2000 people", "at-most"), ("dal 1990 more than 2000 people", "over")])
def test_up_to_after_a_from_number_closes_a_range(text: str, bound: str | None) -> None:
    """A range's "fino a" bounds nothing; the same words alone, and other bounds after "from", still do."""
    assert bound_before(text, 2000.0 if "2000" in text else 2.0) == bound
