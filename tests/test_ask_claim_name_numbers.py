"""The number in a thing's name ("Type-3", "treno 812") counts nothing: a claim of three of them is contradicted by a
fact that counts one, though the fact writes the name; and an hour said "alle 21" is a time of day, not a count."""

from __future__ import annotations

import json
from typing import Any

import pytest

PLANES = """\
format: 1
sources:
  - {id: paper, title: The Gazette, language: en}
entities:
  - {id: glider, kind: thing, names: {en: [the Type-3 glider, Type-3], it: [l'aliante Type-3, Type-3]}}
  - {id: train, kind: thing, names: {en: [train 812], it: [treno 812]}}
  - {id: town, kind: place, names: {en: [Ravel], it: [Ravel]}}
facts:
  - id: glider-built
    type: count
    value: {number: 1, unit: {en: glider, it: aliante}}
    statement: {en: Only one Type-3 glider was built., it: Fu costruito un solo aliante Type-3.}
    entities: [glider]
    status: stated
    source: {id: paper, excerpt: Only one Type-3 glider was built}
  - id: train-left
    type: event
    value: {name: {en: left Ravel at 19:00, it: partì da Ravel alle 19:00}}
    statement: {en: At 19:00 train 812 left Ravel., it: Alle 19:00 il treno 812 partì da Ravel.}
    entities: [train, town]
    status: stated
    source: {id: paper, excerpt: At 19:00 train 812 left Ravel}
"""


def _verdict(run: Any, write: Any, claim: str) -> tuple[str | None, str | None]:
    out = json.loads(run("ask", claim, "-f", str(write(PLANES)), "--format", "json").stdout or "{}")
    return out.get("verdict"), (out.get("answer") or {}).get("id")


@pytest.mark.parametrize(("claim", "verdict"), [
    ("Claim: three Type-3 gliders were built.", "contradicted"),
    ("È vero che furono costruiti tre alianti Type-3?", "contradicted"),
    ("Claim: one Type-3 glider was built.", "confirmed"),
])
def test_a_number_in_a_name_counts_nothing(run: Any, write: Any, claim: str, verdict: str) -> None:
    assert _verdict(run, write, claim) == (verdict, "glider-built")


@pytest.mark.parametrize(("claim", "verdict"), [
    ("È vero che il treno partì da Ravel alle 21?", "contradicted"),
    ("È vero che il treno partì da Ravel alle 19?", "confirmed"),
])
def test_an_hour_after_alle_is_a_time_of_day(run: Any, write: Any, claim: str, verdict: str) -> None:
    assert _verdict(run, write, claim) == (verdict, "train-left")
