"""A claim that places someone by an ordinal after a word ("finished first", "arrivò terza") is contradicted
by a fact that gives another rank after that same word ("finished second"), though it says "first" of
something else; the rank it gives is confirmed."""

from __future__ import annotations

import json
from typing import Any

import pytest

RACE = """\
format: 1
sources:
  - {id: paper, title: The Gazette, language: en}
entities:
  - {id: neri, kind: person, names: {en: [Ada Neri], it: [Ada Neri]}}
  - {id: race, kind: event, names: {en: [Lake Run], it: [Corsa del Lago]}}
facts:
  - id: neri-placing
    type: date
    value: {date: "1990-05-06"}
    statement:
      en: On 6 May 1990 Ada Neri ran the Lake Run, the first race of the season, and finished second.
      it: Il 6 maggio 1990 Ada Neri corse la Corsa del Lago, la prima gara della stagione, e arrivò seconda.
    entities: [neri, race]
    status: stated
    source: {id: paper, excerpt: finished second}
"""


@pytest.mark.parametrize(("claim", "verdict"), [
    ("Claim: Ada Neri finished first in the Lake Run.", "contradicted"),
    ("È vero che Ada Neri arrivò terza alla Corsa del Lago?", "contradicted"),
    ("Claim: Ada Neri finished second in the Lake Run.", "confirmed"),
    ("È vero che Ada Neri arrivò seconda alla Corsa del Lago?", "confirmed"),
])
def test_a_placing_is_weighed_against_the_fact_s_own(run: Any, write: Any, claim: str, verdict: str) -> None:
    """"First" of the race is no placing of the runner; "finished second" is (a new user's trial: "arrivò primo"
    was confirmed by "arrivò secondo" because the fact called the race the first)."""
    data = json.loads(run("ask", claim, "-f", str(write(RACE)), "--json").stdout)
    assert (data["answer"]["id"], data["verdict"]) == ("neri-placing", verdict)
