""""How big" asks an area first; where no area answers, a count may ("How big was the crowd?"), but not where the
question names the area itself."""

from __future__ import annotations

import json
from typing import Any

from tests.conftest import unanswered

CROWD = """\
format: 1
sources:
  - {id: log, title: Town log, language: en}
entities:
  - {id: fair, kind: event, names: {en: [the fair], it: [la fiera]}}
facts:
  - id: fair-crowd
    type: count
    value: {number: 15000, unit: {en: spectators, it: spettatori}, qualifier: circa}
    statement: {en: "About 15,000 spectators watched the fair's opening.", it: "Circa 15.000 spettatori assistettero all'apertura della fiera."}
    entities: [fair]
    status: stated
    source: {id: log, excerpt: "About 15,000 spectators watched"}
"""


def test_how_big_is_answered_by_a_count_where_no_area_is(run: Any, write: Any) -> None:
    """No area is given: the count of spectators says how big the crowd was."""
    data = json.loads(run("ask", "How big was the crowd at the fair's opening?", "-f", str(write(CROWD)),
                          "--format", "json").stdout)
    assert data["answer"]["id"] == "fair-crowd", data


def test_how_big_an_area_is_not_answered_by_a_count(run: Any, write: Any) -> None:
    """The negative case: the question asks the area itself, which a count of people does not give."""
    result = run("ask", "How big was the area of the fair?", "-f", str(write(CROWD)), "--format", "json")
    assert unanswered(result), result.stdout
