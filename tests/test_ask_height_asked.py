""""A che quota", "a quale altitudine", "a che altezza" ask a height, as "a che distanza" asks a distance: a count
of metres of altitude answers; a distance does not."""

from __future__ import annotations

from typing import Any

import pytest

PORTAL = """\
format: 1
sources:
  - {id: paper, title: City paper, language: it}
entities:
  - {id: portal, kind: place, names: {it: [l'imbocco nord, imbocco nord], en: [the north portal, north portal]}}
  - {id: village, kind: place, names: {it: [Borgo, borgo], en: [Borgo]}}
facts:
  - id: portal-altitude
    type: count
    value: {number: 1106, unit: {it: metri, en: metres}, counted: {it: quota dell'imbocco nord, en: altitude of the north portal}}
    statement: {it: L'imbocco nord si trova a 1106 metri di quota., en: The north portal lies at an altitude of 1106 metres.}
    entities: [portal]
    status: stated
    source: {id: paper, excerpt: 1106 metri di quota}
  - id: village-distance
    type: count
    value: {number: 5, unit: {it: chilometri, en: kilometres}, counted: {it: distanza di Borgo dal lago, en: distance of Borgo from the lake}}
    statement: {it: Borgo dista 5 chilometri dal lago., en: Borgo is 5 kilometres from the lake.}
    entities: [village]
    status: stated
    source: {id: paper, excerpt: 5 chilometri}
"""


@pytest.mark.parametrize(("question", "answer"), [("A che quota si trova l'imbocco nord?", "1106 metri"),
                                                  ("A quale altitudine si trova l'imbocco nord?", "1106 metri"),
                                                  ("At what altitude is the north portal?", "1106 metres")])
def test_a_height_asked_with_a(run: Any, write: Any, question: str, answer: str) -> None:
    """The altitude is the answer, as a measure (found by a new user's trial)."""
    result = run("ask", question, "-f", str(write(PORTAL)), "--format", "value")
    assert (result.exit_code, result.stdout.strip()) == (0, answer)


def test_a_distance_is_no_height(run: Any, write: Any) -> None:
    """Borgo's distance from the lake is not its altitude: no answer."""
    result = run("ask", "A che quota si trova Borgo?", "-f", str(write(PORTAL)), "--format", "value")
    assert (result.exit_code, result.stdout) == (1, "")
