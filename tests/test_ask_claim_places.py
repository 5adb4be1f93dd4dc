"""A claim's place is corrected by the fact that puts the same event in another place, whatever that fact's type."""

from __future__ import annotations

import json
from typing import Any

import pytest

BORN = """\
format: 1
sources:
  - {id: paper, title: City paper, language: en}
entities:
  - {id: ada, kind: person, names: {en: [Ada Neri], it: [Ada Neri]}}
  - {id: lyon, kind: place, names: {en: [Lyon], it: [Lione]}}
  - {id: ruritania, kind: country, names: {en: [Ruritania], it: [Ruritania]}}
facts:
  - id: ada-born
    type: date
    value: {date: "1901-05-03"}
    statement: {en: Ada Neri was born on 3 May 1901 in Lyon., it: Ada Neri nacque il 3 maggio 1901 a Lione.}
    entities: [ada, lyon]
    status: stated
    source: {id: paper, excerpt: born in Lyon}
  - id: ada-tour
    type: date
    value: {date: "1930"}
    statement: {en: Ada Neri toured in Ruritania in 1930., it: Ada Neri fece una tournée in Ruritania nel 1930.}
    entities: [ada, ruritania]
    status: stated
    source: {id: paper, excerpt: toured in Ruritania}
"""


@pytest.mark.parametrize("claim", ["Claim: Ada Neri was born in Marseille.", "È vero che Ada Neri nacque a Marsiglia?"])
def test_a_date_that_says_where_corrects_a_claims_place(run: Any, write: Any, claim: str) -> None:
    """No location fact, but the birth's date says where it was: the claimed city is contradicted by it."""
    data = json.loads(run("ask", claim, "-f", str(write(BORN)), "--format", "json").stdout)
    assert data["verdict"] == "contradicted" and data["answer"]["id"] == "ada-born", data


def test_a_country_named_in_passing_corrects_no_city(run: Any, write: Any) -> None:
    """A tour "in Ruritania" may have reached any of its cities: it neither confirms nor corrects one."""
    result = run("ask", "Claim: Ada Neri toured in Strelsau.", "-f", str(write(BORN)), "--format", "json")
    assert result.exit_code == 1 and json.loads(result.stdout)["verdict"] == "not in the facts", result.stdout


CONCERT = """\
format: 1
sources:
  - {id: paper, title: City paper, language: en}
entities:
  - {id: ada, kind: person, names: {en: [Ada Neri], it: [Ada Neri]}}
  - {id: lyon, kind: place, names: {en: [Lyon], it: [Lione]}}
facts:
  - id: concert-place
    type: location
    value: {place: {en: the Opera house, it: il teatro dell'Opera}}
    statement: {en: Ada Neri's farewell concert took place at the Opera house., it: Il concerto d'addio di Ada Neri ebbe luogo al teatro dell'Opera.}
    entities: [ada]
    status: stated
    source: {id: paper, excerpt: farewell concert}
  - id: concert-date
    type: date
    value: {date: "1950"}
    statement: {en: Ada Neri's farewell concert was held in 1950 in Lyon in the evening., it: Il concerto d'addio di Ada Neri si tenne nel 1950 a Lione di sera.}
    entities: [ada, lyon]
    status: stated
    source: {id: paper, excerpt: farewell concert in 1950}
"""


def test_a_location_of_the_same_event_corrects_a_claims_place_first(run: Any, write: Any) -> None:
    """Where a location fact tells where the claimed event was, it is the correction, not a date that names a city."""
    data = json.loads(run("ask", "Claim: Ada Neri's farewell concert was held in the evening in Marseille.", "-f", str(write(CONCERT)),
                          "--format", "json").stdout)
    assert data["verdict"] == "contradicted" and data["answer"]["id"] == "concert-place", data


DIED = """\
format: 1
sources:
  - {id: paper, title: City paper, language: it}
entities:
  - {id: ada, kind: person, names: {en: [Ada Neri], it: [Ada Neri]}}
  - {id: lyon, kind: place, names: {en: [Lyon], it: [Lione]}}
  - {id: turin, kind: place, names: {en: [Turin], it: [Torino]}}
facts:
  - id: ada-born-turin
    type: location
    value: {place: {en: Turin, it: Torino}}
    statement: {en: Ada Neri was born in Turin., it: Ada Neri nacque a Torino.}
    entities: [ada, turin]
    status: stated
    source: {id: paper, excerpt: nacque a Torino}
  - id: ada-born-date
    type: date
    value: {date: "1890-05-01"}
    statement: {en: Ada Neri was born on 1 May 1890 in Turin., it: Ada Neri nacque il 1º maggio 1890 a Torino.}
    entities: [ada, turin]
    status: stated
    source: {id: paper, excerpt: nacque il 1º maggio 1890}
  - id: ada-studied
    type: event
    value: {name: {en: Ada's studies, it: Gli studi di Ada}}
    statement: {en: Ada Neri studied singing in Naples., it: Ada Neri studiò canto a Napoli.}
    entities: [ada]
    status: stated
    source: {id: paper, excerpt: studiò canto a Napoli}
  - id: ada-died
    type: date
    value: {date: "1950-03-03"}
    statement: {en: Ada Neri passed away on 3 March 1950 in Lyon., it: Ada Neri morì il 3 marzo 1950 a Lione.}
    entities: [ada, lyon]
    status: stated
    source: {id: paper, excerpt: morì il 3 marzo 1950}
"""


@pytest.mark.parametrize("question", ["Dove è morta Ada Neri?", "In che città è morta Ada Neri?"])
def test_where_someone_died_is_read_from_the_date_of_their_death(run: Any, write: Any, question: str) -> None:
    """"Dove è morta...?" of a fact that says "morì ... a Lione": another form of the verb, and the place it names."""
    result = run("ask", question, "-f", str(write(DIED)), "--format", "value")
    assert (result.exit_code, result.stdout.strip()) == (0, "Lione"), result.stdout


def test_nato_is_the_verb_nacque(run: Any, write: Any) -> None:
    """"Quando è nata...?" of a fact that says "nacque": one verb, in two forms."""
    data = json.loads(run("ask", "Quando è nata Ada Neri?", "-f", str(write(DIED)), "--format", "json").stdout)
    assert data["answer"]["id"] == "ada-born-date", data


@pytest.mark.parametrize("claim", ["È vero che Ada Neri è nata a Napoli?", "Claim: Ada Neri was born in Naples."])
def test_a_claims_place_is_judged_by_what_happened_there(run: Any, write: Any, claim: str) -> None:
    """A fact that only shares the claim's place (she studied in Naples) does not judge where she was born; the
    birthplace does, before the birth's date."""
    data = json.loads(run("ask", claim, "-f", str(write(DIED)), "--format", "json").stdout)
    assert (data["verdict"], data["answer"]["id"]) == ("contradicted", "ada-born-turin"), data


ARREST = """\
format: 1
sources:
  - {id: paper, title: City paper, language: it}
entities:
  - {id: ada, kind: person, names: {en: [Ada Neri], it: [Ada Neri]}}
  - {id: florence, kind: place, names: {en: [Florence], it: [Firenze]}}
facts:
  - id: ada-arrested
    type: date
    value: {date: "1913-12-11"}
    statement: {en: Ada Neri was arrested on 11 December 1913 in Florence., it: Ada Neri fu arrestata l'11 dicembre 1913 a Firenze.}
    entities: [ada, florence]
    status: stated
    source: {id: paper, excerpt: arrestata a Firenze}
  - id: ada-room
    type: event
    value: {name: {en: Ada's room, it: La stanza di Ada}}
    statement: {en: Ada Neri kept the painting in her room., it: Ada Neri tenne il quadro nella sua stanza.}
    entities: [ada]
    status: stated
    source: {id: paper, excerpt: nella sua stanza}
"""


def test_a_place_no_fact_knows_is_no_slip_for_a_common_word(run: Any, write: Any) -> None:
    """"arrestata a Roma": Roma is a place the facts never name, not a slip for "room"; the arrest in Florence
    corrects it."""
    data = json.loads(run("ask", "È vero che Ada Neri fu arrestata a Roma?", "-f", str(write(ARREST)),
                          "--format", "json").stdout)
    assert (data["verdict"], data["answer"]["id"]) == ("contradicted", "ada-arrested"), data


SHIPYARD = """\
format: 1
sources:
  - {id: paper, title: City paper, language: en}
entities:
  - {id: ship, kind: thing, names: {en: [the Avon Star], it: [la Avon Star]}}
  - {id: bristol, kind: place, names: {en: [Bristol], it: [Bristol]}}
facts:
  - id: ship-launch-site
    type: location
    value: {place: {en: "Avon Yard, Bristol", it: "cantiere Avon, Bristol"}}
    statement: {en: The Avon Star was launched at the Avon Yard in Bristol., it: La Avon Star fu varata al cantiere Avon di Bristol.}
    entities: [ship, bristol]
    status: stated
    source: {id: paper, excerpt: launched at the Avon Yard}
  - id: ship-crew-cornwall
    type: count
    value: {number: 40, unit: {en: sailors, it: marinai}}
    statement: {en: The Avon Star sailed with 40 sailors from Cornwall., it: La Avon Star salpò con 40 marinai della Cornovaglia.}
    entities: [ship]
    status: stated
    source: {id: paper, excerpt: 40 sailors from Cornwall}
"""


def test_a_claimed_place_of_an_unknown_name_and_a_known_region_is_corrected(run: Any, write: Any) -> None:
    """"launched at Portmore in Cornwall": a place no fact knows, in a region the file knows, is the claim's wrong
    place as a whole; the launch site's fact corrects it (not 'not in the facts' for lacking 'Cornwall')."""
    data = json.loads(run("ask", "Claim: the Avon Star was launched at Portmore in Cornwall", "-f",
                          str(write(SHIPYARD)), "--format", "json").stdout)
    assert data["verdict"] == "contradicted" and data["answer"]["id"] == "ship-launch-site", data


MINE = """\
format: 1
sources:
  - {id: paper, title: City paper, language: en}
entities:
  - {id: pit, kind: place, names: {en: [Ashby pit], it: [miniera di Ashby]}}
  - {id: uk, kind: country, names: {en: [United Kingdom, Britain], it: [Regno Unito, Gran Bretagna]}}
facts:
  - id: worst-accident
    type: event
    value: {name: {en: the worst mining accident, it: il peggior incidente minerario}}
    statement: {en: The Ashby pit explosion is the worst mining accident in the United Kingdom., it: L'esplosione della miniera di Ashby è il peggior incidente minerario del Regno Unito.}
    entities: [pit, uk]
    status: stated
    source: {id: paper, excerpt: the worst mining accident in the United Kingdom}
"""


@pytest.mark.parametrize(("claim", "verdict"), [
    ("Is the Ashby pit explosion the worst mining accident in Britain?", "confirmed"),
    ("Is the Ashby pit explosion the worst mining accident in France?", "not in the facts"),
])
def test_a_place_by_another_of_its_names_is_no_wrong_place(run: Any, write: Any, claim: str, verdict: str) -> None:
    """"Britain" is the fact's "United Kingdom" by another name; France, which no fact names, is not."""
    result = run("ask", claim, "-f", str(write(MINE)), "--format", "json")
    assert json.loads(result.stdout)["verdict"] == verdict, result.stdout


FESTIVAL = """\
format: 1
sources:
  - {id: paper, title: The Gazette, language: en}
entities:
  - {id: festival, kind: event, names: {en: [the festival], it: [il festival]}}
  - {id: casino, kind: place, names: {en: [the Casino of Sanremo], it: [il Casinò di Sanremo]}}
facts:
  - id: venue
    type: location
    value: {place: {en: the Casino of Sanremo, it: il Casinò di Sanremo}}
    statement: {en: The festival was held at the Casino of Sanremo., it: Il festival si tenne al Casinò di Sanremo.}
    entities: [festival, casino]
    status: stated
    source: {id: paper, excerpt: held at the Casino}
  - id: winner
    type: event
    value: {name: {en: the win of the song, it: la vittoria della canzone}}
    statement: {en: The festival was won by a song about the sea., it: Il festival fu vinto da una canzone sul mare.}
    entities: [festival]
    status: stated
    source: {id: paper, excerpt: won by a song}
"""


@pytest.mark.parametrize(("claim", "verdict"), [
    ("Claim: the festival was held at the Ariston theatre", "contradicted"),
    ("È vero che il festival si tenne al teatro Ariston?", "contradicted"),
    ("È vero che il Papa visitò il festival?", "not in the facts"),
    ("Claim: Mussolini attended the festival", "not in the facts"),
])
def test_a_place_no_fact_knows_with_its_common_noun_is_one_wrong_detail(run: Any, write: Any, claim: str,
                                                                        verdict: str) -> None:
    """"the Ariston theatre": the name and its noun are the one place the claim has wrong, which the venue
    corrects; a name beside a verb ("il Papa visitò") is no place, and no fact says anything of it."""
    result = run("ask", claim, "-f", str(write(FESTIVAL)), "--format", "json")
    assert json.loads(result.stdout)["verdict"] == verdict, result.stdout


ROUTE = """\
format: 1
sources:
  - {id: paper, title: City paper, language: en}
entities:
  - {id: express, kind: thing, names: {en: [the express, the train], it: [il rapido, il treno]}}
  - {id: milan, kind: place, names: {en: [Milan], it: [Milano]}}
  - {id: naples, kind: place, names: {en: [Naples], it: [Napoli]}}
facts:
  - id: route
    type: event
    value: {name: {en: the night route, it: la corsa notturna}}
    statement: {en: The express was travelling from Milan to Naples., it: Il rapido viaggiava da Milano a Napoli.}
    entities: [express, milan, naples]
    status: stated
    source: {id: paper, excerpt: travelling from Milan to Naples}
  - id: cars
    type: count
    value: {number: 12, unit: {en: cars, it: carrozze}}
    statement: {en: The express had twelve cars., it: Il rapido aveva dodici carrozze.}
    entities: [express]
    status: stated
    source: {id: paper, excerpt: twelve cars}
"""


@pytest.mark.parametrize("claim", ["Claim: the express was travelling from Naples to Milan.",
                                   "Il rapido viaggiava da Napoli?"])
def test_a_journey_told_the_other_way_round_is_contradicted(run: Any, write: Any, claim: str) -> None:
    """The route goes from Milan to Naples: a claim that it started at Naples has it backwards."""
    data = json.loads(run("ask", claim, "-f", str(write(ROUTE)), "--format", "json").stdout)
    assert data["verdict"] == "contradicted" and data["answer"]["id"] == "route", data


def test_the_journey_as_told_is_confirmed(run: Any, write: Any) -> None:
    """The negative case: from Milan to Naples, as the fact says."""
    data = json.loads(run("ask", "Claim: the express was travelling from Milan to Naples.", "-f", str(write(ROUTE)),
                          "--format", "json").stdout)
    assert data["verdict"] == "confirmed", data



FOUND = """\
format: 1
sources:
  - {id: paper, title: City paper, language: en}
entities:
  - {id: specimen, kind: thing, names: {en: [the specimen], it: [l'esemplare]}}
  - {id: lyon, kind: place, names: {en: [Lyon], it: [Lione]}}
  - {id: nice, kind: place, names: {en: [Nice], it: [Nizza]}}
facts:
  - id: found-lyon
    type: date
    value: {date: "1938-12-22"}
    statement: {en: The specimen was found in Lyon on 22 December 1938., it: L'esemplare fu trovato a Lione il 22 dicembre 1938.}
    entities: [specimen, lyon]
    status: stated
    source: {id: paper, excerpt: found in Lyon}
  - id: shown-nice
    type: event
    value: {name: {en: an exhibition in Nice, it: una mostra a Nizza}}
    statement: {en: A museum in Nice showed a cast of it., it: Un museo di Nizza ne espose un calco.}
    entities: [nice]
    status: stated
    source: {id: paper, excerpt: a museum in Nice}
"""


@pytest.mark.parametrize(("claim", "verdict"), [
    ("È vero che l'esemplare fu trovato anche a Marsiglia?", "not in the facts"),  # added: no fact says it, or not
    ("Claim: the specimen was also found in Marseille.", "not in the facts"),
    ("Claim: the specimen was found in Marseille.", "contradicted"),  # the negative case: put in Lyon's place
])
def test_a_place_only_added_is_not_contradicted(run: Any, write: Any, claim: str, verdict: str) -> None:
    """"also in Marseille" adds a place to what the facts say; a fact of another place neither confirms nor denies it."""
    data = json.loads(run("ask", claim, "-f", str(write(FOUND)), "--format", "json").stdout)
    assert data["verdict"] == verdict, data


QUAKE = """\
format: 1
sources:
  - {id: paper, title: City paper, language: en}
entities:
  - {id: quake, kind: event, names: {en: [Elmford earthquake], it: [terremoto di Elmford]}}
  - {id: ruritania, kind: country, names: {en: [Ruritania], it: [Ruritania]}}
facts:
  - id: quake-area
    type: date
    value: {date: "1968-01-15"}
    statement: {en: The Elmford earthquake struck western Ruritania on 15 January 1968., it: Il terremoto di Elmford colpì la Ruritania occidentale il 15 gennaio 1968.}
    entities: [quake, ruritania]
    status: stated
    source: {id: paper, excerpt: struck western Ruritania}
"""


@pytest.mark.parametrize(("claim", "verdict"), [
    ("Claim: the Elmford earthquake struck eastern Ruritania.", "contradicted"),
    ("Il terremoto di Elmford colpì la Ruritania orientale?", "contradicted"),
    ("Claim: the Elmford earthquake struck western Ruritania.", "confirmed")])
def test_a_claimed_side_of_a_country_is_weighed_against_the_fact(run: Any, write: Any, claim: str, verdict: str) -> None:
    """"eastern", a word no fact uses, is not let pass as an everyday word: the fact's "western" contradicts it."""
    data = json.loads(run("ask", claim, "-f", str(write(QUAKE)), "--json").stdout)
    assert data["verdict"] == verdict, data
