"""A claim that something is the most of its kind ("the smallest on record", "il più costoso") is contradicted by
a fact that ranks it second or lower in that very word ("the second-smallest"); not by one that ranks two things
("the third and strongest"), nor by one that also says it unranked, first in another field."""

from __future__ import annotations

import json
from typing import Any

import pytest

STORMS = """\
format: 1
sources:
  - {id: paper, title: The Gazette, language: en}
entities:
  - {id: gale, kind: event, names: {en: [the Gale], it: [la Burrasca]}}
  - {id: flood, kind: event, names: {en: [the Flood], it: [la Piena]}}
facts:
  - id: gale-size
    type: event
    value: {name: {en: second-smallest storm, it: seconda tempesta più piccola}}
    statement: {en: The Gale was the second-smallest storm on record., it: La Burrasca fu la seconda tempesta più piccola mai registrata.}
    entities: [gale]
    status: stated
    source: {id: paper, excerpt: the second-smallest storm on record}
  - id: gale-season
    type: event
    value: {name: {en: third and strongest storm, it: terza e più forte tempesta}}
    statement: {en: The Gale was the third and strongest storm of the season., it: La Burrasca fu la terza e più forte tempesta della stagione.}
    entities: [gale]
    status: stated
    source: {id: paper, excerpt: the third and strongest storm of the season}
  - id: flood-cost
    type: event
    value: {name: {en: costliest flood in the valley, it: piena più costosa della valle}}
    statement: {en: The Flood was the costliest flood in the valley and the second costliest in the country., it: La Piena fu la piena più costosa della valle e la seconda più costosa del paese.}
    entities: [flood]
    status: stated
    source: {id: paper, excerpt: the costliest flood in the valley}
"""


def _verdict(run: Any, write: Any, claim: str) -> tuple[str | None, str | None]:
    result = run("ask", claim, "-f", str(write(STORMS)), "--format", "json")
    out = json.loads(result.stdout or "{}")
    return out.get("verdict"), (out.get("answer") or {}).get("id")


@pytest.mark.parametrize("claim", [
    "Was the Gale the smallest storm on record?",
    "Claim: the Gale was the smallest storm on record.",
    "È vero che la Burrasca fu la tempesta più piccola mai registrata?",
])
def test_the_most_of_its_kind_is_contradicted_by_a_lower_rank(run: Any, write: Any, claim: str) -> None:
    assert _verdict(run, write, claim) == ("contradicted", "gale-size")


def test_the_rank_itself_is_confirmed(run: Any, write: Any) -> None:
    assert _verdict(run, write, "Was the Gale the second-smallest storm on record?") == ("confirmed", "gale-size")


@pytest.mark.parametrize("claim", [
    "Was the Gale the strongest storm of the season?",
    "La Burrasca fu la tempesta più forte della stagione?",
])
def test_an_ordinal_joined_by_and_ranks_another_thing(run: Any, write: Any, claim: str) -> None:
    assert _verdict(run, write, claim) == ("confirmed", "gale-season")


def test_a_fact_that_also_says_it_unranked_is_no_correction(run: Any, write: Any) -> None:
    assert _verdict(run, write, "Was the Flood the costliest flood in the valley?") == ("confirmed", "flood-cost")
