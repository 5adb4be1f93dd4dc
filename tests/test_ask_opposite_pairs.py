"""Pairs of words that exclude each other beyond outcomes: the youngest and the eldest, male and female, summer and
winter. A claim of one, of a fact that says the other, is contradicted."""

from __future__ import annotations

import json
from typing import Any

import pytest

from factcli.ask.against import has_opposite

FAMILY = """\
format: 1
sources:
  - {id: log, title: Parish log, language: en}
entities:
  - {id: ada, kind: person, names: {en: [Ada Rossi, Ada], it: [Ada Rossi, Ada]}}
  - {id: tom, kind: thing, names: {en: [Tom the cat, Tom], it: [il gatto Tom, Tom]}}
facts:
  - id: ada-youngest
    type: event
    value: {name: {en: the youngest child, it: la figlia più giovane}}
    statement: {en: Ada was the youngest of five children., it: Ada era la più giovane di cinque figli.}
    entities: [ada]
    status: stated
    source: {id: log, excerpt: the youngest of five children}
  - id: tom-male
    type: event
    value: {name: {en: a male cat, it: un gatto maschio}}
    statement: {en: Tom was a male cat that sailed with the crew., it: Tom era un gatto maschio che navigò con l'equipaggio.}
    entities: [tom]
    status: stated
    source: {id: log, excerpt: Tom was a male cat}
  - id: ada-race-1952
    type: event
    value: {name: {en: the failure, it: il fallimento}}
    statement: {en: In the 1952 race Ada's engine failed., it: Nella gara del 1952 il motore di Ada fallì.}
    entities: [ada]
    status: stated
    source: {id: log, excerpt: In the 1952 race Ada's engine failed}
  - id: ada-trial
    type: event
    value: {name: {en: the trial, it: il processo}}
    statement: {en: The court tried Ada for fraud but she was discharged., it: Il tribunale processò Ada per frode ma fu prosciolta.}
    entities: [ada]
    status: stated
    source: {id: log, excerpt: she was discharged}
  - id: ada-quote-young
    type: quote
    value:
      text: Our readers are young.
      lang: en
      speaker: ada
    statement: {en: "Ada said: our readers are young.", it: "Ada disse: i nostri lettori sono giovani."}
    entities: [ada]
    status: stated
    source: {id: log, excerpt: our readers are young}
"""


@pytest.mark.parametrize(("claim", "expected"), [
    ("Claim: Ada was the eldest of five children.", "ada-youngest"),
    ("Ada era la più anziana di cinque figli?", "ada-youngest"),
    ("Was Tom a female cat?", "tom-male"),
    ("Claim: Ada says her readers are older.", "ada-quote-young"),
    ("Was Ada convicted of fraud?", "ada-trial"),
    ("Ada fu condannata per frode?", "ada-trial"),
])
def test_a_claim_of_the_other_of_a_pair_is_contradicted(run: Any, write: Any, claim: str, expected: str) -> None:
    """Each claim says the other word of a pair than its fact: no confirmation."""
    data = json.loads(run("ask", claim, "-f", str(write(FAMILY)), "--format", "json").stdout)
    assert (data["verdict"], data["answer"]["id"]) == ("contradicted", expected), data


def test_a_claim_of_the_same_word_is_confirmed(run: Any, write: Any) -> None:
    """The negative case: the fact's own word confirms."""
    data = json.loads(run("ask", "Claim: Ada was the youngest of five children.", "-f", str(write(FAMILY)),
                          "--format", "json").stdout)
    assert data["verdict"] == "confirmed", data


def test_an_english_word_of_a_pair_is_not_one_in_italian() -> None:
    """"male" is the sex in English and "badly" in Italian ("è andato male")."""
    assert has_opposite("male", "en") and not has_opposite("male", "it")


def test_a_filler_word_that_shares_a_stem_with_an_outcome_is_no_outcome(run: Any, write: Any) -> None:
    """"successe" (it happened) is no success: the fact of the engine's failure answers what happened."""
    data = json.loads(run("ask", "Cosa successe ad Ada nel 1952?", "-f", str(write(FAMILY)), "--format", "json").stdout)
    assert data["answer"]["id"] == "ada-race-1952", data
