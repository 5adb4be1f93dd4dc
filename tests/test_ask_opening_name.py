"""A claim that opens with a capitalised word no fact uses and no dictionary has is about someone the facts do
not know ("Michelangelo defended the city?", "Claim: France helped..."): it is not let pass as an everyday word."""

from __future__ import annotations

import json
from typing import Any

import pytest

CITY = """\
format: 1
sources:
  - {id: paper, title: The Gazette, language: en}
entities:
  - {id: rossi, kind: person, names: {en: [Rossi], it: [Rossi]}}
  - {id: germany, kind: country, names: {en: [Germany], it: [Germania]}}
facts:
  - id: city-defended
    type: count
    value: {number: 5000, unit: {en: defenders, it: difensori}}
    statement: {en: Rossi and 5000 men defended the city walls., it: Rossi e 5000 uomini difesero le mura della città.}
    entities: [rossi]
    status: stated
    source: {id: paper, excerpt: defended the city walls}
  - id: temple-moved
    type: event
    value: {name: {en: temple moved, it: tempio spostato}}
    statement: {en: With help from Germany the old temple was moved uphill., it: Con l'aiuto della Germania il vecchio tempio fu spostato più in alto.}
    entities: [germany]
    status: stated
    source: {id: paper, excerpt: with help from Germany the temple was moved}
"""


@pytest.mark.parametrize("claim", ["Michelangelo defended the city walls?", "Michelangelo difese le mura della città?"])
def test_an_unknown_name_opening_a_claim_is_not_let_pass(run: Any, write: Any, claim: str) -> None:
    """Michelangelo is in no fact: nothing confirms that he defended the city."""
    data = json.loads(run("ask", claim, "-f", str(write(CITY)), "--format", "json").stdout)
    assert data["verdict"] == "not in the facts", data


def test_a_known_name_opening_a_claim_is_judged(run: Any, write: Any) -> None:
    """The negative case: Rossi is in the fact, which confirms the claim."""
    data = json.loads(run("ask", "Rossi defended the city walls?", "-f", str(write(CITY)), "--format", "json").stdout)
    assert data["verdict"] == "confirmed", data


@pytest.mark.parametrize("claim", ["Claim: France helped move the old temple.", "Affermazione: Francia aiutò a spostare il tempio."])
def test_a_name_opening_what_follows_claim_is_not_let_pass(run: Any, write: Any, claim: str) -> None:
    """After "Claim:" the claim's own first word may be a name no fact knows: the temple was moved with Germany's
    help, which does not confirm France's."""
    data = json.loads(run("ask", claim, "-f", str(write(CITY)), "--format", "json").stdout)
    assert data["verdict"] in ("contradicted", "not in the facts"), data


def test_a_known_name_after_claim_is_judged(run: Any, write: Any) -> None:
    """The negative case: Germany is in the fact, which confirms the claim."""
    data = json.loads(run("ask", "Claim: Germany helped move the old temple.", "-f", str(write(CITY)),
                          "--format", "json").stdout)
    assert data["verdict"] == "confirmed" and data["answer"]["id"] == "temple-moved", data


STRIKE = """\
format: 1
sources:
  - {id: paper, title: La Gazzetta, language: it}
entities:
  - {id: strike, kind: event, names: {en: [the strike, the general strike], it: [lo sciopero, lo sciopero generale]}}
  - {id: north, kind: place, names: {en: [the North], it: [il Nord]}}
facts:
  - id: strike-north
    type: location
    value: {place: {en: the North, it: il Nord}}
    statement: {en: Participation in the strike was strongest in the North., it: La partecipazione allo sciopero fu più forte al Nord.}
    entities: [strike, north]
    status: stated
    source: {id: paper, excerpt: La partecipazione allo sciopero fu più forte al Nord}
  - id: strike-days
    type: count
    value: {number: 5, unit: {en: days, it: giorni}}
    statement: {en: The general strike lasted five days., it: Lo sciopero generale durò cinque giorni.}
    entities: [strike]
    status: stated
    source: {id: paper, excerpt: durò cinque giorni}
"""


@pytest.mark.parametrize("claim", ["Affermazione: Zanardelli partecipò allo sciopero.",
                                   "Claim: Zanardelli took part in the strike."])
def test_a_capital_that_only_opens_a_statement_is_no_name_in_the_claims_place(run: Any, write: Any, claim: str) -> None:
    """"La partecipazione..." opens the fact with a capital article: no name stands where the claim puts Zanardelli, whom
    no fact knows, so nothing corrects the claim."""
    data = json.loads(run("ask", claim, "-f", str(write(STRIKE)), "--format", "json").stdout)
    assert data["verdict"] == "not in the facts", data
