"""A claim's details are read as written and compared sort by sort: "7.5" is one number, "3,184" is three
thousand and more, "2:15 pm" is not "2:15 am", "13 July" is not "13 June", miles are not kilometres; a fact
that says nothing of a detail's sort can neither confirm nor correct it."""

from __future__ import annotations

import json
from typing import Any

import pytest

from factcli.ask.details import bearing, details, readings

FAIR = """\
format: 1
sources:
  - {id: paper, title: City paper, language: en}
entities:
  - {id: fair, kind: event, names: {en: [the book fair, fair], it: [la fiera del libro, fiera]}}
  - {id: rossi, kind: person, names: {en: [Ada Rossi, Rossi], it: [Ada Rossi, Rossi]}}
facts:
  - id: fair-opened
    type: date
    value: {date: "2026-06-13"}
    statement:
      en: The book fair opened at about 2:15 am on 13 June 2026.
      it: La fiera del libro ha aperto verso le 2:15 del 13 giugno 2026.
    entities: [fair]
    status: stated
    source: {id: paper, excerpt: "opened at about 2:15 am on 13 June 2026"}
  - id: fair-visitors
    type: count
    value: {number: 3184, unit: {en: visitors, it: visitatori}}
    statement:
      en: The book fair drew 3,184 visitors, who walked 7.5 miles of aisles.
      it: La fiera del libro ha attirato 3.184 visitatori, che hanno percorso 7,5 miglia di corsie.
    entities: [fair]
    status: stated
    source: {id: paper, excerpt: "3,184 visitors"}
  - id: rossi-speech
    type: event
    value: {name: {en: Rossi's speech, it: il discorso di Rossi}}
    statement: {en: Rossi gave the opening speech at the book fair., it: Rossi ha tenuto il discorso di apertura della fiera del libro.}
    entities: [rossi, fair]
    status: stated
    source: {id: paper, excerpt: "Rossi gave the opening speech"}
"""


def test_numbers_are_read_as_written() -> None:
    """Separators, decimals, multipliers and number words give one number each, but for three figures after one
    separator, which may be either (not "3,000": no one writes three decimals of nothing); a time is not two
    numbers."""
    assert readings("3,184") == readings("3.184") == {3184.0, 3.184}
    assert readings("3,000") == readings("3.000") == {3000.0}
    assert readings("27,260") == {27260.0, 27.26}
    assert readings("1,234,567") == {1234567.0} and readings("1,234.5") == readings("1.234,5") == {1234.5}
    assert readings("7.5") == readings("7,5") == {7.5}
    assert details("eighteen hundred quakes") == {"count": [frozenset({1800.0})]}
    assert details("1,800 quakes") == {"count": [frozenset({1800.0, 1.8})]}
    assert details("2,5 milioni") == {"count": [frozenset({2.5e6})]}
    assert details("at 2:15 pm") == {"time": [frozenset({855.0})]}
    assert details("alle 3:27 del pomeriggio") == {"time": [frozenset({927.0})]}
    assert details("il 13 luglio 2026") == {"day": [frozenset({13.0})], "year": [frozenset({2026.0})],
                                            "month": [frozenset({7.0})]}
    assert details("84 miglia")["quantity"] == details("84 miles")["quantity"] != details("84 km")["quantity"]
    assert details("50 feet (15 metres)")["quantity"] == [frozenset({"50.0|feet"}), frozenset({"15.0|metre"})]
    assert details("35 km/h")["quantity"] == details("35 chilometri orari")["quantity"] == [frozenset({"35.0|kmh"})]
    assert details("12,000 short tons")["quantity"] != details("12,000 metric tons")["quantity"]


def test_a_fact_silent_on_a_sort_neither_confirms_nor_corrects_it() -> None:
    """A fact with no count cannot correct a claimed count; one with another count does."""
    assert bearing(details("50 items"), {"year": {2026.0}}) == (False, [("count", frozenset({50.0}))])
    assert bearing(details("50 items"), {"count": {40.0}}) == (True, [])
    assert bearing(details("50 items"), {"count": {50.0}}) == (False, [])


def _verdict(run: Any, write: Any, claim: str) -> tuple[int, dict[str, Any] | None]:
    """The exit code and JSON of a claim checked against the fair's file."""
    result = run("ask", claim, "-f", str(write(FAIR)), "--format", "json")
    return result.exit_code, json.loads(result.stdout) if result.stdout else None


@pytest.mark.parametrize(("claim", "verdict", "fact"), [
    ("Claim: the book fair opened on 13 June 2026.", "confirmed", "fair-opened"),
    ("Claim: the book fair opened on 13 July 2026.", "contradicted", "fair-opened"),
    ("È vero che la fiera del libro ha aperto il 13 luglio 2026?", "contradicted", "fair-opened"),
    ("Claim: the book fair opened at 2:15 am.", "confirmed", "fair-opened"),
    ("Claim: the book fair opened at 2:15 pm.", "contradicted", "fair-opened"),
    ("Claim: the book fair drew 3,184 visitors.", "confirmed", "fair-visitors"),
    ("Claim: the book fair drew 3,185 visitors.", "contradicted", "fair-visitors"),
    ("Claim: visitors at the book fair walked 7.5 miles of aisles.", "confirmed", "fair-visitors"),
    ("Claim: visitors at the book fair walked 7.5 km of aisles.", "contradicted", "fair-visitors"),
])
def test_each_detail_is_compared_with_its_own_sort(run: Any, write: Any, claim: str, verdict: str, fact: str) -> None:
    code, data = _verdict(run, write, claim)
    assert code == 0 and data is not None
    assert (data["verdict"], data["answer"]["id"]) == (verdict, fact)


def test_a_year_the_fact_does_not_give_is_confirmed_by_the_fact_that_does(run: Any, write: Any) -> None:
    """The speech's fact gives no date; the fair's own date, a fact about the same fair, says 2026."""
    code, data = _verdict(run, write, "Claim: Rossi gave the opening speech at the book fair in 2026.")
    assert code == 0 and data is not None and data["verdict"] == "confirmed"


def test_a_detail_no_fact_speaks_of_is_not_in_the_facts(run: Any, write: Any) -> None:
    """No fact counts speeches: the speech's fact is the nearest, shown as such, and the verdict says so."""
    result = run("ask", "Claim: Rossi gave 5 speeches at the book fair.", "-f", str(write(FAIR)), "--format", "json")
    data = json.loads(result.stdout)
    assert result.exit_code == 1 and data["verdict"] == "not in the facts" and data["answer"] is None
    assert "not in the facts" in result.stderr


SHIP = """\
format: 1
sources:
  - {id: paper, title: City paper, language: en}
entities:
  - {id: rossi, kind: person, names: {en: [Ada Rossi, Rossi], it: [Ada Rossi, Rossi]}}
  - {id: aurora, kind: thing, names: {en: [Aurora], it: [Aurora]}}
  - {id: genova, kind: place, names: {en: [Genoa], it: [Genova]}}
facts:
  - id: rossi-sailed-aurora
    type: event
    value: {name: {en: Rossi's voyage, it: il viaggio di Rossi}}
    statement:
      en: Rossi sailed the schooner Aurora from the harbour of Genoa.
      it: Rossi ha navigato con la goletta Aurora dal porto di Genova.
    entities: [rossi, aurora, genova]
    status: stated
    source: {id: paper, excerpt: "sailed the schooner Aurora"}
"""


@pytest.mark.parametrize(("claim", "verdict"), [
    ("Claim: Rossi sailed the schooner Borealis from the harbour of Genoa.", "contradicted"),
    ("È vero che Rossi ha navigato con la goletta Borealis?", "contradicted"),
    ("Claim: Rossi sailed the schooner Aurora from the harbour of Genoa.", "confirmed"),
    ("Claim: Rosi sailed the schooner Aurora.", "confirmed"),
])
def test_a_name_no_fact_knows_where_the_fact_names_another_is_corrected(run: Any, write: Any, claim: str,
                                                                        verdict: str) -> None:
    """'the schooner Borealis' stands where the fact has 'the schooner Aurora'; a typo in a known name is no
    other name."""
    result = run("ask", claim, "-f", str(write(SHIP)), "--format", "json")
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert (data["verdict"], data["answer"]["id"]) == (verdict, "rossi-sailed-aurora")


@pytest.mark.parametrize("claim", ["Claim: Rossi also sailed with Bianchi from the harbour of Genoa.",
                                   "Did Bianchi also sail the schooner Aurora?"])
def test_a_name_only_added_is_not_a_correction(run: Any, write: Any, claim: str) -> None:
    """The fact says nothing of Bianchi, and no name of its stands where the claim puts Bianchi."""
    result = run("ask", claim, "-f", str(write(SHIP)), "--format", "json")
    assert result.exit_code == 1 and "not in the facts" in result.stderr


LAKE = """\
format: 1
sources:
  - {id: paper, title: City paper, language: en}
entities:
  - {id: lake, kind: place, names: {en: [Lake Orta, the lake], it: [lago d'Orta, il lago]}}
  - {id: piedmont, kind: place, names: {en: [Piedmont], it: [Piemonte]}}
  - {id: lombardy, kind: place, names: {en: [Lombardy], it: [Lombardia]}}
  - {id: rossi, kind: person, names: {en: [Ada Rossi, Rossi], it: [Ada Rossi, Rossi]}}
facts:
  - id: lake-in-piedmont
    type: location
    value: {place: {en: Piedmont, it: Piemonte}}
    statement: {en: Lake Orta lies in Piedmont., it: Il lago d'Orta si trova in Piemonte.}
    entities: [lake, piedmont]
    status: stated
    source: {id: paper, excerpt: "Lake Orta lies in Piedmont"}
  - id: lombardy-trade
    type: event
    value: {name: {en: Lombardy's trade, it: il commercio della Lombardia}}
    statement: {en: Rossi sold cheese to Lombardy., it: Rossi vendeva formaggio alla Lombardia.}
    entities: [rossi, lombardy]
    status: stated
    source: {id: paper, excerpt: "Rossi sold cheese to Lombardy"}
"""


@pytest.mark.parametrize("claim", ["Il lago d'Orta si trova in Lombardia, giusto?", "Claim: Lake Orta lies in Lombardy."])
def test_a_known_place_where_the_fact_has_another_is_contradicted(run: Any, write: Any, claim: str) -> None:
    """Lombardy is known (from another fact), but where the claim puts it the fact has Piedmont."""
    result = run("ask", claim, "-f", str(write(LAKE)), "--format", "json")
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert (data["verdict"], data["answer"]["id"]) == ("contradicted", "lake-in-piedmont")


def test_a_known_place_only_added_is_not_a_correction(run: Any, write: Any) -> None:
    """'Also' adds Piedmont to where Rossi sold cheese: the trade fact does not say, so it is not in the facts;
    without 'also', Piedmont stands where the fact has Lombardy, and the fact corrects it."""
    added = run("ask", "Rossi also sold cheese to Piedmont, right?", "-f", str(write(LAKE)), "--format", "json")
    assert added.exit_code == 1 and "not in the facts" in added.stderr
    put = run("ask", "Rossi sold cheese to Piedmont, right?", "-f", str(write(LAKE)), "--format", "json")
    assert put.exit_code == 0 and json.loads(put.stdout)["verdict"] == "contradicted"


BRIDGE = """\
format: 1
sources:
  - {id: paper, title: City paper, language: en}
entities:
  - {id: rossi, kind: person, names: {en: [Ada Rossi, Rossi], it: [Ada Rossi, Rossi]}}
  - {id: bianchi, kind: person, names: {en: [Carlo Bianchi, Bianchi], it: [Carlo Bianchi, Bianchi]}}
  - {id: bridge, kind: thing, names: {en: [the bridge], it: [il ponte]}}
facts:
  - id: rossi-bridge-quote
    type: quote
    value: {text: "The bridge will stand for a century", lang: en, speaker: rossi}
    statement: {en: "Rossi said: “The bridge will stand for a century.”", it: "Rossi ha detto: «Il ponte resterà in piedi per un secolo»."}
    entities: [rossi, bridge]
    status: stated
    source: {id: paper, excerpt: "The bridge will stand for a century"}
  - id: bianchi-mayor
    type: event
    value: {name: {en: Bianchi's election, it: l'elezione di Bianchi}}
    statement: {en: Bianchi was elected mayor., it: Bianchi è stato eletto sindaco.}
    entities: [bianchi]
    status: stated
    source: {id: paper, excerpt: "Bianchi was elected mayor"}
"""


@pytest.mark.parametrize("claim", ["Claim: Bianchi said 'the bridge will stand for a century'.",
                                   "È vero che è stato Bianchi a dire che il ponte resterà in piedi per un secolo?",
                                   "Fu Bianchi a dire che il ponte resterà in piedi per un secolo?"])
def test_words_given_to_the_wrong_speaker_are_corrected_by_the_quote(run: Any, write: Any, claim: str) -> None:
    """Bianchi is known, but the words are Rossi's: the quote corrects who said them."""
    result = run("ask", claim, "-f", str(write(BRIDGE)), "--format", "json")
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert (data["verdict"], data["answer"]["id"]) == ("contradicted", "rossi-bridge-quote")


def test_asking_whether_someone_spoke_is_not_a_wrong_speaker(run: Any, write: Any) -> None:
    """'Did Bianchi comment on the bridge?' gives no words: Rossi's quote does not correct it."""
    result = run("ask", "Did Bianchi comment on the bridge?", "-f", str(write(BRIDGE)), "--format", "json")
    assert result.exit_code == 1 or json.loads(result.stdout)["answer"]["id"] != "rossi-bridge-quote"


FLIGHT = """\
format: 1
sources:
  - {id: paper, title: City paper, language: en}
entities:
  - {id: lark, kind: event, names: {en: [Lark, the Lark mission], it: [Lark, la missione Lark]}}
facts:
  - id: lark-launch
    type: date
    value: {date: "2023-08-26"}
    statement:
      en: The Lark mission was launched at 3:27 a.m. on 26 August 2023.
      it: Il lancio della missione Lark è avvenuto alle 3:27 del 26 agosto 2023.
    entities: [lark]
    status: stated
    source: {id: paper, excerpt: "launched at 3:27 a.m. on 26 August 2023"}
  - id: lark-docking
    type: event
    value: {name: {en: the docking, it: l'aggancio}}
    statement:
      en: The Lark mission docked about 30 hours after the launch of 26 August 2023.
      it: La missione Lark si è agganciata circa 30 ore dopo il lancio del 26 agosto 2023.
    entities: [lark]
    status: stated
    source: {id: paper, excerpt: "docked about 30 hours after the launch"}
  - id: lark-return
    type: date
    value: {date: "2024-03-12"}
    statement: {en: The Lark mission came back on 12 March 2024., it: La missione Lark è tornata il 12 marzo 2024.}
    entities: [lark]
    status: stated
    source: {id: paper, excerpt: "came back on 12 March 2024"}
"""


@pytest.mark.parametrize(("claim", "verdict"), [
    ("Il lancio della missione Lark è avvenuto alle 3:27 del pomeriggio?", "contradicted"),
    ("Claim: the Lark mission was launched at 3:27 in the morning.", "confirmed"),
])
def test_a_claim_is_checked_against_the_fact_that_speaks_of_its_details(run: Any, write: Any, claim: str,
                                                                        verdict: str) -> None:
    """The docking mentions the launch but gives no time: the launch's own fact, which does, judges the time."""
    result = run("ask", claim, "-f", str(write(FLIGHT)), "--format", "json")
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert (data["verdict"], data["answer"]["id"]) == (verdict, "lark-launch")


def test_a_claim_dated_as_another_event_is_not_corrected_by_this_one(run: Any, write: Any) -> None:
    """'Came back on 12 March at 3:27?': 12 March is the return, which gives no time; the launch's time does not
    correct it."""
    result = run("ask", "Claim: the Lark mission came back on 12 March 2024 at 3:27 a.m.", "-f", str(write(FLIGHT)),
                 "--format", "json")
    assert result.exit_code == 1 and "not in the facts" in result.stderr


TANK = """\
format: 1
sources:
  - {id: paper, title: City paper, language: en}
entities:
  - {id: tank, kind: thing, names: {en: [the tank, tank], it: [il serbatoio, serbatoio]}}
facts:
  - id: tank-height
    type: count
    value: {number: 50, unit: {en: feet, it: piedi}}
    statement: {en: The tank was 50 feet (15 meters) tall., it: Il serbatoio era alto 50 piedi (15 metri).}
    entities: [tank]
    status: stated
    source: {id: paper, excerpt: "50 feet (15 meters) tall"}
"""


@pytest.mark.parametrize(("claim", "verdict"), [
    ("Claim: the tank was 50 feet tall.", "confirmed"), ("Claim: the tank was 15 meters tall.", "confirmed"),
    ("Claim: the tank was 50 metres tall.", "contradicted"), ("È vero che il serbatoio era alto 15 piedi?", "contradicted"),
])
def test_a_quantity_is_its_number_in_its_unit(run: Any, write: Any, claim: str, verdict: str) -> None:
    """'50 feet (15 meters)' states 50 feet and 15 metres: 50 metres is neither (found by a new user's trial)."""
    result = run("ask", claim, "-f", str(write(TANK)), "--format", "json")
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["verdict"] == verdict


TRIP = """\
format: 1
sources:
  - {id: paper, title: City paper, language: en}
entities:
  - {id: ada, kind: person, names: {en: [Ada Rossi, Ada], it: [Ada Rossi, Ada]}}
  - {id: oslo, kind: place, names: {en: [Oslo], it: [Oslo]}}
facts:
  - id: ada-by-train
    type: event
    value: {name: {en: Ada's train journey, it: il viaggio in treno di Ada}}
    statement: {en: Ada travelled to Oslo by train., it: Ada è andata a Oslo in treno.}
    entities: [ada, oslo]
    status: stated
    source: {id: paper, excerpt: by train}
  - id: ada-mayor
    type: date
    value: {date: "2011", qualifier: end}
    statement: {en: Ada became mayor at the end of 2011., it: Ada è diventata sindaca alla fine del 2011.}
    entities: [ada]
    status: stated
    source: {id: paper, excerpt: end of 2011}
"""


@pytest.mark.parametrize(("claim", "verdict"), [
    ("Claim: Ada travelled to Oslo by plane.", "contradicted"),
    ("È vero che Ada è andata a Oslo in aereo?", "contradicted"),
    ("Claim: Ada travelled to Oslo by train.", "confirmed"),
    ("Claim: Ada became mayor at the beginning of 2011.", "contradicted"),
    ("Ada è diventata sindaca all'inizio del 2011, vero?", "contradicted"),
    ("Claim: Ada became mayor at the end of 2011.", "confirmed"),
])
def test_a_means_of_travel_and_a_part_of_the_year_are_details(run: Any, write: Any, claim: str, verdict: str) -> None:
    """'by plane' is corrected by 'by train'; 'at the beginning of 2011' by a date at the end of 2011."""
    result = run("ask", claim, "-f", str(write(TRIP)), "--format", "json")
    assert f'"verdict": "{verdict}"' in result.stdout


def test_a_choice_between_two_is_a_question_not_a_claim(run: Any, write: Any) -> None:
    """"Train or plane?" asks which: the fact answers it, with no verdict (neither alternative is claimed)."""
    result = run("ask", "Did Ada go to Oslo by train or by plane?", "-f", str(write(TRIP)), "--format", "json")
    assert result.exit_code == 0 and '"verdict": null' in result.stdout and '"ada-by-train"' in result.stdout


def test_or_not_still_asks_yes_or_no(run: Any, write: Any) -> None:
    """"..., or not?" and "o no?" do not offer a choice: the claim before them gets its verdict."""
    result = run("ask", "Did Ada go to Oslo by plane or not?", "-f", str(write(TRIP)), "--format", "json")
    assert '"verdict": "contradicted"' in result.stdout


RACE = """\
format: 1
sources:
  - {id: paper, title: City paper, language: it}
entities:
  - {id: race, kind: event, names: {en: [Giro of 1909], it: [Giro del 1909]}}
  - {id: milan, kind: place, names: {en: [Milan], it: [Milano]}}
  - {id: rome, kind: place, names: {en: [Rome], it: [Roma]}}
facts:
  - id: race-start
    type: location
    value: {place: {it: Milano, en: Milan}}
    statement: {it: Il Giro partì da Milano all'alba., en: The Giro started from Milan at dawn.}
    entities: [race, milan]
    status: stated
    source: {id: paper, excerpt: partì da Milano}
  - id: rome-stage
    type: event
    value: {name: {it: la tappa di Roma, en: the Rome stage}}
    statement: {it: La quarta tappa arrivò a Roma., en: The fourth stage finished in Rome.}
    entities: [rome]
    status: stated
    source: {id: paper, excerpt: arrivò a Roma}
"""


@pytest.mark.parametrize(("claim", "verdict"), [
    ("È vero che il Giro partì da Roma?", "contradicted"),
    ("È vero che il Giro partì da Milano?", "confirmed"),
])
def test_a_place_a_claim_puts_it_in_is_corrected_by_the_place_a_location_fact_gives(
        run: Any, write: Any, claim: str, verdict: str) -> None:
    """One place named, another where the location fact says it happened: contradicted (found by a new user's
    trial), though Rome is in the file for another reason."""
    result = run("ask", claim, "-f", str(write(RACE)), "--format", "json")
    assert f'"verdict": "{verdict}"' in result.stdout and '"race-start"' in result.stdout


PAPERS = """\
format: 1
sources:
  - {id: paper, title: City paper, language: it}
entities:
  - {id: ada, kind: person, names: {en: [Ada Rossi, Ada], it: [Ada Rossi, Ada]}}
  - {id: courier, kind: organisation, names: {en: [Courier], it: [Courier]}}
  - {id: star, kind: organisation, names: {en: [the Star, Star], it: [la Star, Star]}}
  - {id: china, kind: country, names: {en: [China], it: [Cina]}}
facts:
  - id: star-correspondent
    type: count
    value: {number: 1, unit: {en: correspondent, it: corrispondente}}
    statement:
      en: According to Ada Rossi, reporter, the Star has only one correspondent in China.
      it: Secondo Ada Rossi, giornalista, la Star ha un solo corrispondente in Cina.
    entities: [star, ada, china]
    status: stated
    source: {id: paper, excerpt: un solo corrispondente}
  - id: courier-founded
    type: date
    value: {date: "1990"}
    statement: {en: "The Courier, an evening paper, was founded in 1990.", it: "Il Courier, che esce la sera, fu fondato nel 1990."}
    entities: [courier]
    status: stated
    source: {id: paper, excerpt: fondato nel 1990}
"""


def test_a_name_of_several_words_is_one_detail_whose_place_the_fact_gives_another(run: Any, write: Any) -> None:
    """"il Courier della Sera" is one name (its "Sera" is no word beside it): in its place, beside "un solo",
    the fact names the Star, so the claim is contradicted."""
    claim = "È vero che secondo Ada Rossi il Courier della Sera ha un solo corrispondente in Cina?"
    result = run("ask", claim, "-f", str(write(PAPERS)), "--format", "json")
    assert '"verdict": "contradicted"' in result.stdout and '"star-correspondent"' in result.stdout


@pytest.mark.parametrize(("text", "count"), [("a wind of twenty-one miles per hour", 21.0), ("twenty one people", 21.0),
                                             ("twenty-two million people", 22e6), ("four miles", 4.0)])
def test_english_tens_and_units_written_apart_are_one_number(text: str, count: float) -> None:
    """"twenty-one" is 21, not 20 and 1: a claim of "21 mph" is not corrected by it."""
    assert details(text)["count"] == [frozenset({count})]


GALA = """\
format: 1
sources:
  - {id: paper, title: City paper, language: en}
entities:
  - {id: gala, kind: event, names: {en: [the first gala], it: [il primo galà]}}
facts:
  - id: gala-venue
    type: location
    value: {place: {en: the ballroom of the Casino, it: il salone del Casinò}}
    statement: {en: The first gala was held in the ballroom of the Casino., it: Il primo galà si tenne nel salone del Casinò.}
    entities: [gala]
    status: stated
    source: {id: paper, excerpt: held in the ballroom}
"""


@pytest.mark.parametrize(("claim", "verdict"), [
    ("Claim: the first gala was held at the Teatro Ariston.", "contradicted"),
    ("Claim: the first gala was held in Teatro Ariston.", "contradicted"),
    ("Claim: the first gala was held in the ballroom of the Casino.", "confirmed"),
])
def test_a_place_of_several_words_no_fact_knows_is_corrected_by_the_place_given(run: Any, write: Any, claim: str,
                                                                               verdict: str) -> None:
    """"Held at the Teatro Ariston": both words are a place no fact knows, where the location fact gives another
    (it was not in the facts: only "Teatro" was read as the place, "Ariston" as a name the fact must replace)."""
    data = json.loads(run("ask", claim, "-f", str(write(GALA)), "--format", "json").stdout)
    assert (data["verdict"], data["answer"]["id"]) == (verdict, "gala-venue"), data
