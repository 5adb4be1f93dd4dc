"""A claim that "the quake killed 309 people" is judged by the toll of 309 deaths: "people" is what a toll of deaths
or victims counts, so the count the claim gives outranks another fact that says "killed ... people" of 16."""

from __future__ import annotations

import json
from typing import Any

import pytest

TOLL = """\
format: 1
sources:
  - {id: paper, title: The Gazette, language: en}
entities:
  - {id: quake, kind: event, names: {en: [the earthquake, the quake], it: [il terremoto, il sisma]}}
  - {id: borgo, kind: place, names: {en: [Borgo], it: [Borgo]}}
facts:
  - id: death-toll
    type: count
    value: {number: 309, unit: {en: deaths, it: vittime}}
    statement: {en: The earthquake caused 309 deaths in all., it: Il terremoto causò complessivamente 309 vittime.}
    entities: [quake]
    status: stated
    source: {id: paper, excerpt: 309 deaths}
  - id: massacre-1944
    type: count
    value: {number: 16, unit: {en: people killed, it: persone uccise}}
    statement: {en: In 1944 a massacre in Borgo killed 16 people before the quake struck the village., it: Nel 1944 un eccidio a Borgo uccise 16 persone prima che il terremoto colpisse il paese.}
    entities: [borgo, quake]
    status: stated
    source: {id: paper, excerpt: killed 16 people}
  - id: homeless
    type: count
    value: {number: 65000, unit: {en: people, it: persone}}
    statement: {en: The quake left 65000 people homeless., it: Il terremoto lasciò 65000 persone senza casa.}
    entities: [quake]
    status: stated
    source: {id: paper, excerpt: 65000 people homeless}
vocabulary:
  killed: [deaths]
"""


@pytest.mark.parametrize(("claim", "fact"), [("Claim: the quake killed 309 people.", "death-toll"),
                                             ("Claim: the massacre in Borgo killed 16 people.", "massacre-1944")])
def test_a_toll_judges_a_claim_of_people_killed(run: Any, write: Any, claim: str, fact: str) -> None:
    """309 is the toll: confirmed by it; 16 (the negative case) is the massacre's, confirmed by its own fact."""
    data = json.loads(run("ask", claim, "-f", str(write(TOLL)), "--format", "json").stdout)
    assert (data["verdict"], data["answer"]["id"]) == ("confirmed", fact), data
