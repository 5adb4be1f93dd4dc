"""A claim that dates something to a wrong year or day, in words no fact says ("avvenne"), is contradicted by the
date the facts give for the same thing, asked as "when did it happen?"; a claim about another occasion ("un altro
incendio") is not."""

from __future__ import annotations

import json
from typing import Any

import pytest

FIRE = """\
format: 1
sources:
  - {id: paper, title: The Gazette, language: en}
entities:
  - {id: fire, kind: event, names: {en: [the Grove fire], it: [l'incendio del Grove]}}
  - {id: law, kind: thing, names: {en: [the door law], it: [la legge sulle porte]}}
facts:
  - id: fire-date
    type: date
    value: {date: "1942-11-28"}
    statement: {en: The Grove fire took place in Boston on 28 November 1942., it: L'incendio del Grove ebbe luogo a Boston il 28 novembre 1942.}
    entities: [fire]
    status: stated
    source: {id: paper, excerpt: took place in Boston on 28 November 1942}
  - id: toll
    type: count
    value: {number: 492, unit: {en: people, it: persone}}
    statement: {en: The Grove fire killed 492 people., it: L'incendio del Grove uccise 492 persone.}
    entities: [fire]
    status: stated
    source: {id: paper, excerpt: killed 492 people}
  - id: deadliest
    type: event
    value: {name: {en: the deadliest nightclub fire, it: l'incendio più mortale in un locale}}
    statement: {en: The Grove fire is the deadliest nightclub fire in history., it: L'incendio del Grove è l'incendio più mortale in un locale notturno della storia.}
    entities: [fire]
    status: stated
    source: {id: paper, excerpt: the deadliest nightclub fire in history}
  - id: decorations
    type: event
    value: {name: {en: a ban on flammable decorations, it: un divieto delle decorazioni infiammabili}}
    statement: {en: After the fire new laws banned flammable decorations., it: Dopo l'incendio nuove leggi vietarono le decorazioni infiammabili.}
    entities: [fire]
    status: stated
    source: {id: paper, excerpt: new laws banned flammable decorations}
  - id: door-law
    type: date
    value: {date: "1943"}
    statement: {en: A law on revolving doors was passed in 1943., it: Nel 1943 fu approvata una legge sulle porte girevoli.}
    entities: [law]
    status: stated
    source: {id: paper, excerpt: a law on revolving doors was passed in 1943}
"""


def _asked(run: Any, write: Any, claim: str) -> dict[str, Any]:
    """The JSON answer to a claim against the fire's facts."""
    result = run("ask", claim, "-f", str(write(FIRE)), "--format", "json")
    answer: dict[str, Any] = json.loads(result.stdout)
    return answer


@pytest.mark.parametrize("claim", ["È vero che l'incendio avvenne nel 1943?", "Claim: the fire happened in 1943."])
def test_a_wrong_year_is_corrected_by_the_date_of_the_same_thing(run: Any, write: Any, claim: str) -> None:
    answer = _asked(run, write, claim)
    assert answer["verdict"] == "contradicted" and answer["answer"]["id"] == "fire-date", answer


def test_the_right_year_is_confirmed(run: Any, write: Any) -> None:
    answer = _asked(run, write, "È vero che l'incendio avvenne nel 1942?")
    assert answer["verdict"] == "confirmed" and answer["answer"]["id"] == "fire-date", answer


def test_a_claim_of_another_occasion_is_not_corrected_by_this_date(run: Any, write: Any) -> None:
    answer = _asked(run, write, "È vero che un altro incendio avvenne nel 1943?")
    assert answer["verdict"] == "not in the facts", answer


def test_only_a_date_the_claim_puts_its_own_act_at_is_asked() -> None:
    from factcli.ask.dated_claims import date_asked
    from factcli.ask.question import parse

    assert date_asked(parse("Fu distrutta dall'eruzione del 1906?")) is None
    assert date_asked(parse("Claim: the 1930 flood reached the town")) is None
    assert date_asked(parse("È vero che l'incendio avvenne nel 1943?")) == "È vero che l'incendio avvenne  ?"
    assert date_asked(parse("Claim: it opened on 3 May 1920 with 40 guests")) is None  # a count besides the date
    assert date_asked(parse("Did Kulik lead another expedition in 1938?")) is None  # another occasion
    assert date_asked(parse("È vero che guidò un'altra spedizione nel 1938?")) is None
    assert date_asked(parse("Did Kulik lead an expedition in 1938?")) == "Did Kulik lead an expedition  ?"
