"""A word that spells a month or a part of one is read as a date only where it dates something: "the march" is
a walk, not March; "ended on 6 April" tells when it ended, not "the end of April". A claim's date is then
weighed as written, confirmed by the fact that gives it and contradicted by one that gives another."""

from __future__ import annotations

import json
from typing import Any

import pytest

from factcli.ask.details import details

WALK = """\
format: 1
sources:
  - {id: paper, title: The Gazette, language: en}
entities:
  - {id: walk, kind: event, names: {en: [the protest march], it: [la marcia di protesta]}}
facts:
  - id: walk-over
    type: date
    value: {date: "1930-04-06"}
    statement: {en: The protest march ended on 6 April 1930., it: La marcia di protesta si concluse il 6 aprile 1930.}
    entities: [walk]
    status: stated
    source: {id: paper, excerpt: ended on 6 April 1930}
  - id: walk-began
    type: date
    value: {date: "1930-03-12"}
    statement: {en: The protest march began on 12 March 1930., it: La marcia di protesta iniziò il 12 marzo 1930.}
    entities: [walk]
    status: stated
    source: {id: paper, excerpt: began on 12 March 1930}
"""


@pytest.mark.parametrize(("claim", "verdict"), [
    ("Did the march end on 6 April 1930?", "confirmed"),
    ("Claim: the march ended on 6 April 1930.", "confirmed"),
    ("Did the march end on 7 April 1930?", "contradicted"),
    ("Did the march end in April 1930?", "confirmed"),
    ("Did the march end in 1930?", "confirmed"),
    ("Did the march end in 1931?", "contradicted"),
])
def test_a_march_that_ended_on_a_day_is_judged_by_that_day(run: Any, write: Any, claim: str, verdict: str) -> None:
    result = run("ask", claim, "-f", str(write(WALK)), "--format", "json")
    answer = json.loads(result.stdout)
    assert answer["verdict"] == verdict and answer["answer"]["id"] == "walk-over", result.stdout


@pytest.mark.parametrize(("text", "month", "part"), [
    ("the march ended in April 1930", {4.0}, None),
    ("their march began in March", {3.0}, None),
    ("it ended on 6 April 1930", {4.0}, None),
    ("the talks end on 6 April 1930", {4.0}, None),
    ("at the end of April 1930", {4.0}, {"end"}),
    ("early in 1930", None, {"start"}),
    ("did the works end in 1930", None, None),
    ("did the works start in 1930", None, None),
    ("alla fine del 1930", None, {"end"}),
    ("inizio luglio 1930", {7.0}, {"start"}),
])
def test_months_and_parts_of_time_only_where_they_date(text: str, month: set[float] | None,
                                                        part: set[str] | None) -> None:
    found = details(text)
    assert (set().union(*found["month"]) if "month" in found else None) == month
    assert (set().union(*found["part"]) if "part" in found else None) == part
