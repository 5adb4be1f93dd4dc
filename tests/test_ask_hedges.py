"""A fact that says something only as possible ("the fear that the tank might explode") neither confirms nor
denies a claim that it happened; a fact that says it happened confirms it."""

from __future__ import annotations

import json
from typing import Any

import pytest

TANK = """\
format: 1
sources:
  - {id: paper, title: The Gazette, language: en}
entities:
  - {id: tank, kind: thing, names: {en: [the gas tank], it: [il serbatoio]}}
facts:
  - id: tank-fear
    type: event
    value: {name: {en: the fear of an explosion, it: il timore di un'esplosione}}
    statement: {en: For two days residents feared that the gas tank might explode., it: Per due giorni i residenti temettero che il serbatoio potesse esplodere.}
    entities: [tank]
    status: stated
    source: {id: paper, excerpt: feared that the gas tank might explode}
"""
EXPLODED = TANK.replace("feared that the gas tank might explode.", "saw the gas tank explode.").replace(
    "temettero che il serbatoio potesse esplodere.", "videro il serbatoio esplodere.")


@pytest.mark.parametrize("claim", ["Did the gas tank explode?", "Il serbatoio è esploso?"])
def test_a_fear_does_not_confirm_that_it_happened(run: Any, write: Any, claim: str) -> None:
    """"might explode" is no explosion."""
    result = run("ask", claim, "-f", str(write(TANK)), "--format", "json")
    assert json.loads(result.stdout)["verdict"] == "not in the facts", result.stdout
    assert result.exit_code == 1


def test_a_fact_that_it_happened_confirms_it(run: Any, write: Any) -> None:
    """The negative case: a fact that says the tank exploded confirms the claim."""
    result = run("ask", "Did the gas tank explode?", "-f", str(write(EXPLODED)), "--format", "json")
    assert json.loads(result.stdout)["verdict"] == "confirmed", result.stdout


PLANNED = TANK.replace("For two days residents feared that the gas tank might explode.",
                       "The mayor who had planned to inspect the gas tank died the day before.").replace(
    "Per due giorni i residenti temettero che il serbatoio potesse esplodere.",
    "Il sindaco che aveva previsto di controllare il serbatoio morì il giorno prima.")


@pytest.mark.parametrize("claim", ["Did the mayor inspect the gas tank?", "Il sindaco controllò il serbatoio?"])
def test_what_was_only_planned_does_not_confirm_that_it_happened(run: Any, write: Any, claim: str) -> None:
    """"had planned to inspect" is no inspection."""
    result = run("ask", claim, "-f", str(write(PLANNED)), "--format", "json")
    assert json.loads(result.stdout)["verdict"] == "not in the facts", result.stdout


def test_a_claim_of_the_plan_itself_is_confirmed(run: Any, write: Any) -> None:
    result = run("ask", "Did the mayor plan to inspect the gas tank?", "-f", str(write(PLANNED)), "--format", "json")
    assert json.loads(result.stdout)["verdict"] == "confirmed", result.stdout
