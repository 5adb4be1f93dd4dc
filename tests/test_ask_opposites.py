"""A fact that tells the opposite of a claim's word, an outcome that excludes it ("spared" of "destroyed") or the
word behind a negating prefix ("unavailable" of "available"), contradicts the claim; the same word confirms it.
(The file uses the claim's word elsewhere: a word no fact uses is still unknown.)"""

from __future__ import annotations

import json
from typing import Any

import pytest

FIRE = """\
format: 1
sources:
  - {id: paper, title: The Gazette, language: en}
entities:
  - {id: mill, kind: thing, names: {en: [the old mill], it: [il vecchio mulino]}}
  - {id: rossi, kind: person, names: {en: [Ada Rossi], it: [Ada Rossi]}}
facts:
  - id: mill-spared
    type: event
    value: {name: {en: the mill spared, it: il mulino risparmiato}}
    statement: {en: The old mill was spared by the fire., it: Il vecchio mulino fu risparmiato dall'incendio.}
    entities: [mill]
    status: stated
    source: {id: paper, excerpt: the mill was spared}
  - id: bakery-destroyed
    type: event
    value: {name: {en: the bakery destroyed, it: il forno distrutto}}
    statement: {en: The fire destroyed the bakery., it: L'incendio distrusse il forno.}
    entities: []
    status: stated
    source: {id: paper, excerpt: destroyed the bakery}
  - id: rossi-unavailable
    type: event
    value: {name: {en: Rossi unavailable, it: Rossi indisponibile}}
    statement: {en: Ada Rossi was unavailable for the final., it: Ada Rossi era indisponibile per la finale.}
    entities: [rossi]
    status: stated
    source: {id: paper, excerpt: Rossi was unavailable}
"""


@pytest.mark.parametrize(("claim", "verdict"), [
    ("Was the old mill destroyed by the fire?", "contradicted"),
    ("Il vecchio mulino fu distrutto dall'incendio?", "contradicted"),
    ("Was the old mill spared by the fire?", "confirmed"),
    ("Was Ada Rossi available for the final?", "contradicted"),
    ("Ada Rossi era disponibile per la finale?", "contradicted"),
    ("Was Ada Rossi unavailable for the final?", "confirmed"),
])
def test_an_opposite_contradicts_and_the_same_word_confirms(run: Any, write: Any, claim: str, verdict: str) -> None:
    """The opposite outcome or the prefixed word contradicts; the fact's own word (the negative case) confirms."""
    data = json.loads(run("ask", claim, "-f", str(write(FIRE)), "--format", "json").stdout)
    assert data["verdict"] == verdict, data


COURT = """\
format: 1
sources:
  - {id: paper, title: The Gazette, language: en}
entities:
  - {id: rossi, kind: person, names: {en: [Ada Rossi], it: [Ada Rossi]}}
  - {id: court, kind: organisation, names: {en: [the Lyon court], it: [il tribunale di Lione]}}
facts:
  - id: rossi-acquitted
    type: event
    value: {name: {en: Rossi acquitted, it: Rossi assolta}}
    statement: {en: The Lyon court acquitted Ada Rossi., it: Il tribunale di Lione assolse Ada Rossi.}
    entities: [court, rossi]
    status: stated
    source: {id: paper, excerpt: acquitted Ada Rossi}
"""


@pytest.mark.parametrize(("claim", "verdict"), [("Il tribunale di Lione condannò Ada Rossi.", "contradicted"),
                                                ("Il tribunale di Lione multò Ada Rossi.", "not in the facts")])
def test_a_word_no_fact_uses_is_weighed_by_its_opposite(run: Any, write: Any, claim: str, verdict: str) -> None:
    """"condannò" is in no fact, but its opposite is: the claim is contradicted; "multò" (a fine, the negative
    case) has no opposite, and stays unknown."""
    data = json.loads(run("ask", claim, "-f", str(write(COURT)), "--format", "json").stdout)
    assert data["verdict"] == verdict, data


TRIED = COURT.replace("acquitted Ada Rossi.", "tried Ada Rossi.").replace("assolse Ada Rossi.", "processò Ada Rossi.")


def test_an_outcome_the_fact_tells_neither_way_is_not_confirmed(run: Any, write: Any) -> None:
    """"condannò", let pass for its opposite, is not confirmed by a fact that tells only of the trial."""
    data = json.loads(run("ask", "Il tribunale di Lione condannò Ada Rossi.", "-f", str(write(TRIED)),
                          "--format", "json").stdout)
    assert data["verdict"] == "not in the facts", data


PIT = """\
format: 1
sources:
  - {id: paper, title: City paper, language: en}
entities:
  - {id: blast, kind: event, names: {en: [the pit blast], it: [l'esplosione del pozzo]}}
facts:
  - id: blast-deaths
    type: count
    value: {number: 12, unit: {en: miners, it: minatori}}
    statement: {en: 12 miners were killed in the pit blast., it: 12 minatori morirono nell'esplosione del pozzo.}
    entities: [blast]
    status: stated
    source: {id: paper, excerpt: 12 miners were killed}
  - id: village-founded
    type: event
    value: {name: {en: the founding of the village, it: la fondazione del paese}}
    statement: {en: "Survivors of the 1890 flood, some injured, founded the village.", it: "I sopravvissuti all'alluvione del 1890, alcuni feriti, fondarono il paese."}
    entities: []
    status: stated
    source: {id: paper, excerpt: Survivors of the 1890 flood founded the village}
"""


@pytest.mark.parametrize(("question", "answered"), [
    ("How many miners survived the pit blast?", False),
    ("Quanti minatori sopravvissero all'esplosione del pozzo?", False),
    ("How many miners were killed in the pit blast?", True),
    ("How many miners were injured in the pit blast?", False),
])
def test_a_count_of_the_dead_does_not_answer_how_many_survived(run: Any, write: Any, question: str,
                                                                answered: bool) -> None:
    """The survivors are not the dead: the toll answers only the question about the dead."""
    result = run("ask", question, "-f", str(write(PIT)), "--format", "json")
    answer = json.loads(result.stdout)["answer"]
    assert (result.exit_code == 0) is answered, result.stdout
    assert (answer is not None and answer["id"] == "blast-deaths") is answered


WORKS = """\
format: 1
sources:
  - {id: paper, title: City paper, language: en}
entities:
  - {id: bridge, kind: thing, names: {en: [the bridge], it: [il ponte]}}
facts:
  - id: works-resumed
    type: event
    value: {name: {en: the works on the bridge, it: i lavori sul ponte}}
    statement: {en: After the telegram the works on the bridge resumed., it: Dopo il telegramma i lavori sul ponte ripresero.}
    entities: [bridge]
    status: stated
    source: {id: paper, excerpt: the works on the bridge resumed}
"""


@pytest.mark.parametrize(("claim", "verdict"), [
    ("Did the works on the bridge stop after the telegram?", "contradicted"),
    ("Did the works on the bridge resume after the telegram?", "confirmed"),
])
def test_works_that_resumed_did_not_stop(run: Any, write: Any, claim: str, verdict: str) -> None:
    """Stopping and resuming exclude each other; the negative case is the fact's own word."""
    result = run("ask", claim, "-f", str(write(WORKS)), "--format", "json")
    assert json.loads(result.stdout)["verdict"] == verdict, result.stdout
