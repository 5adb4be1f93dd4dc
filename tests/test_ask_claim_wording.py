"""A claim as people write it: "nobody" is a count of none, "No. 12" numbers a thing and denies nothing, and a
short verb ("go") is denied by a fact that says "did not go"."""

from __future__ import annotations

import json
from typing import Any

import pytest

ERUPTION = """\
format: 1
sources:
  - {id: paper, title: City paper, language: en}
entities:
  - {id: eruption, kind: event, names: {en: [the eruption], it: [l'eruzione]}}
  - {id: ada, kind: person, names: {en: [Ada Neri], it: [Ada Neri]}}
  - {id: park, kind: place, names: {en: [Ash Valley Park], it: [Parco di Ash Valley]}}
facts:
  - id: one-death
    type: count
    value: {number: 1, unit: {en: person, it: persona}, counted: {en: deaths, it: morti}}
    statement: {en: Only one person died in the eruption., it: Solo una persona morì nell'eruzione.}
    entities: [eruption]
    status: stated
    source: {id: paper, excerpt: one person died}
  - id: no-injured
    type: count
    value: {number: 0, unit: {en: injured, it: feriti}}
    statement: {en: Nobody was injured by the flood that followed the eruption., it: Nessuno fu ferito dall'alluvione che seguì l'eruzione.}
    entities: [eruption]
    status: stated
    source: {id: paper, excerpt: nobody was injured}
  - id: gala
    type: event
    value: {name: {en: the 1919 gala, it: il gala del 1919}}
    statement: {en: The 1919 gala was held without Ada Neri and she did not go., it: Il gala del 1919 si tenne senza Ada Neri e lei non ci andò.}
    entities: [ada]
    status: stated
    source: {id: paper, excerpt: did not go}
  - id: park-created
    type: date
    value: {date: "1918-09"}
    statement: {en: Order No. 1487 created Ash Valley Park in September 1918., it: L'ordinanza n. 1487 istituì il Parco di Ash Valley nel settembre 1918.}
    entities: [park]
    status: stated
    source: {id: paper, excerpt: Order No. 1487}
"""


@pytest.mark.parametrize(("claim", "fact", "verdict"), [
    ("Claim: nobody died in the eruption.", "one-death", "contradicted"),
    ("È vero che nell'eruzione non morì nessuno?", "one-death", "contradicted"),
    ("Claim: nobody was injured by the flood after the eruption.", "no-injured", "confirmed"),
])
def test_nobody_is_a_count_of_none(run: Any, write: Any, claim: str, fact: str, verdict: str) -> None:
    """"Nobody died" is checked against the count of deaths: one death contradicts it, none confirms it."""
    data = json.loads(run("ask", claim, "-f", str(write(ERUPTION)), "--format", "json").stdout)
    assert (data["verdict"], data["answer"]["id"]) == (verdict, fact), data


@pytest.mark.parametrize("claim", ["Claim: Ash Valley Park was created in 1918.",
                                   "È vero che il Parco di Ash Valley fu istituito nel 1918?"])
def test_a_number_sign_is_no_negation(run: Any, write: Any, claim: str) -> None:
    """"Order No. 1487 created the park": "No." numbers the order; the fact confirms the claim, it does not deny it."""
    data = json.loads(run("ask", claim, "-f", str(write(ERUPTION)), "--format", "json").stdout)
    assert (data["verdict"], data["answer"]["id"]) == ("confirmed", "park-created"), data


def test_a_short_verb_the_fact_denies_is_contradicted(run: Any, write: Any) -> None:
    """"Did Ada go...?" against "she did not go": a two-letter verb is a word of the claim too."""
    data = json.loads(run("ask", "Did Ada Neri go to the 1919 gala?", "-f", str(write(ERUPTION)), "--format", "json").stdout)
    assert (data["verdict"], data["answer"]["id"]) == ("contradicted", "gala"), data


TOWER = """\
format: 1
sources:
  - {id: paper, title: City paper, language: en}
entities:
  - {id: tower, kind: thing, names: {en: [the Neri tower], it: [la torre Neri]}}
facts:
  - id: tower-perigee
    type: count
    value: {number: 198, unit: {en: km, it: km}}
    statement: {en: The Neri tower's beacon reaches 198 kilometres (123 mi)., it: Il faro della torre Neri arriva a 198 chilometri (123 mi).}
    entities: [tower]
    status: stated
    source: {id: paper, excerpt: 198 kilometres}
"""


@pytest.mark.parametrize("question", ["How far does the Neri tower's beacon reach in miles?",
                                      "Claim: the Neri tower's beacon reaches 123 miles."])
def test_a_unit_spelt_otherwise_is_the_same_unit(run: Any, write: Any, question: str) -> None:
    """"in miles" of a fact that writes "mi": the unit is one, however spelt; the question is answered."""
    result = run("ask", question, "-f", str(write(TOWER)), "--format", "json")
    assert result.exit_code == 0 and json.loads(result.stdout)["answer"]["id"] == "tower-perigee", result.stdout


CAREER = """\
format: 1
sources:
  - {id: paper, title: City paper, language: en}
entities:
  - {id: ada, kind: person, names: {en: [Ada Neri, Director Neri], it: [Ada Neri, la direttrice Neri]}}
facts:
  - id: ada-director
    type: date
    value: {date: "1933-08-13"}
    statement: {en: Ada Neri became director of the opera house on 13 August 1933., it: Ada Neri divenne direttrice del teatro dell'opera il 13 agosto 1933.}
    entities: [ada]
    status: stated
    source: {id: paper, excerpt: director of the opera house}
  - id: ada-mayor
    type: date
    value: {date: "1934"}
    statement: {en: In 1934 Ada Neri was elected mayor., it: Nel 1934 Ada Neri fu eletta sindaca.}
    entities: [ada]
    status: stated
    source: {id: paper, excerpt: elected mayor}
"""


def test_a_year_alone_confirms_no_claim_of_another_event(run: Any, write: Any) -> None:
    """"made opera director in 1934": the mayoralty of 1934 shares only the year (the other words name her, by
    her title); the directorship, of 1933, corrects it."""
    data = json.loads(run("ask", "Claim: Ada Neri was made Opera Director in 1934", "-f",
                          str(write(CAREER)), "--format", "json").stdout)
    assert (data["verdict"], data["answer"]["id"]) == ("contradicted", "ada-director"), data


BOILERS = """\
format: 1
sources:
  - {id: paper, title: City paper, language: en}
entities:
  - {id: boat, kind: thing, names: {en: [the Avon steamer], it: [il piroscafo Avon]}}
facts:
  - id: boilers-exploded
    type: count
    value: {number: 3, unit: {en: boilers exploded, it: caldaie esplose}, counted: {en: of her four boilers, it: delle sue quattro caldaie}}
    statement: {en: Three of the Avon steamer's four boilers exploded., it: Tre delle quattro caldaie del piroscafo Avon esplosero.}
    entities: [boat]
    status: stated
    source: {id: paper, excerpt: Three of the four boilers exploded}
"""


@pytest.mark.parametrize(("claim", "verdict"), [
    ("Did all four boilers of the Avon steamer explode?", "contradicted"),
    ("È vero che esplosero tutte e quattro le caldaie del piroscafo Avon?", "contradicted"),
    ("Did three boilers of the Avon steamer explode?", "confirmed"),
])
def test_all_of_a_number_is_not_some_of_it(run: Any, write: Any, claim: str, verdict: str) -> None:
    """"All four exploded" against "three of the four exploded": the four is the whole, not the count."""
    data = json.loads(run("ask", claim, "-f", str(write(BOILERS)), "--format", "json").stdout)
    assert (data["verdict"], data["answer"]["id"]) == (verdict, "boilers-exploded"), data


@pytest.mark.parametrize(("claim", "verdict"), [
    ("Nel 1919 il gala fu senza Ada Neri", "confirmed"),
    ("The deaths in the eruption were 3", "contradicted"),
])
def test_a_claim_without_its_full_stop_gets_a_verdict(run: Any, write: Any, claim: str, verdict: str) -> None:
    """A sentence with a verb of being after its subject is a claim, full stop or not."""
    result = run("ask", claim, "-f", str(write(ERUPTION)), "--format", "json")
    assert json.loads(result.stdout)["verdict"] == verdict, result.stdout


def test_keywords_without_a_verb_get_no_verdict(run: Any, write: Any) -> None:
    """The negative case: "eruption deaths" asks; it claims nothing."""
    result = run("ask", "eruption deaths", "-f", str(write(ERUPTION)), "--format", "json")
    out = json.loads(result.stdout)
    assert out["verdict"] is None and out["answer"]["id"] == "one-death", result.stdout
