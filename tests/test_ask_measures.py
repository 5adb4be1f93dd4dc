"""Questions that ask to measure ("how far", "quanto è alto", "quanto pesa") are answered only by a fact that
states a quantity of that dimension, and the quantity is the answer."""

from __future__ import annotations

import json
from typing import Any

import pytest

from factcli.ask.question import parse
from factcli.core.measures import asked_dimension, measure_in

TOWER = """\
format: 1
sources:
  - {id: guide, title: City guide, language: en}
entities:
  - {id: tower, kind: place, names: {en: [Harbour Tower], it: [Torre del Porto]}}
  - {id: ferry, kind: thing, names: {en: [the ferry], it: [il traghetto]}}
facts:
  - id: tower-height
    type: event
    value: {name: {en: the tower was finished, it: la torre fu finita}}
    statement: {en: The Harbour Tower is 212 metres tall., it: La Torre del Porto è alta 212 metri.}
    entities: [tower]
    status: stated
    source: {id: guide, excerpt: 212 metres}
  - id: tower-opened
    type: date
    value: {date: "1998"}
    statement: {en: The Harbour Tower opened in 1998., it: La Torre del Porto è stata aperta nel 1998.}
    entities: [tower]
    status: stated
    source: {id: guide, excerpt: opened in 1998}
  - id: ferry-trips
    type: count
    value: {number: 40, unit: {en: trips, it: viaggi}, counted: {en: daily ferry trips, it: viaggi giornalieri}}
    statement: {en: The ferry makes 40 trips a day at 30 km/h., it: Il traghetto fa 40 viaggi al giorno a 30 km/h.}
    entities: [ferry]
    status: stated
    source: {id: guide, excerpt: 40 trips}
"""


@pytest.mark.parametrize(("text", "dimension"), [
    ("How far is it?", "length"), ("Quanto è alto il ponte?", "height"), ("quanto pesa", "weight"),
    ("What is the speed of the ferry?", "speed"), ("a che distanza si trova", "length"),
    ("how far back does it go", None), ("Quale alto funzionario era presente?", None), ("How many trips?", None),
    ("How big is the park?", "area"), ("How long is the bridge?", "length"), ("How much did the spike weigh?", "weight"), ("What did the spike weigh?", "weight"), ("Cosa pesava il chiodo?", "weight"),
    ("Quanto andava veloce il treno?", "speed"), ("How long did the festival last?", None),
    ("How big is the park in acres?", "area"), ("Quanto è lunga la diga?", "length"),
    ("How hot did the steam get?", "temperature"), ("Quanto era fredda l'acqua?", "temperature"),
    ("What was the temperature that day?", "temperature"), ("Quanto dista Giove dalla Terra?", "length"),
    ("Quanto costò il ponte?", "money"), ("How much did the bridge cost to build?", "money"),
    ("A quanti metri dalla costa si immerse?", None), ("Quanti soldi hanno dato gli americani?", "money"),
    ("How much money did they give?", "money"),
])
def test_which_dimension_a_question_asks_for(text: str, dimension: str | None) -> None:
    """'How far' asks for a length, 'quanto è alto' a height; 'how far back' a date; 'quale alto' no measure."""
    assert asked_dimension(parse(text).words) == dimension


def test_a_quantity_is_found_with_its_unit_as_written() -> None:
    """A number followed by a unit of the dimension; a length per hour is a speed, not a length."""
    assert measure_in("traveled 84,434,094 miles during", "length") == "84,434,094 miles"
    assert measure_in("going 30 km/h", "speed") == "30 km/h" and measure_in("going 30 km/h", "length") is None
    assert measure_in("17,500 miles per hour", "speed") == "17,500 miles per hour"
    assert measure_in("3,5 chilometri quadrati", "area") == "3,5 chilometri quadrati"
    assert measure_in("opened in 1998.", "length") is None and measure_in("weighs 12 tons", "length") is None
    assert measure_in("measured eight hundred and fifty feet at its base", "length") == "eight hundred and fifty feet"
    # A unit asked for ("How far is it in km?") picks the quantity in that unit, in any of its spellings.
    assert measure_in("about 23 miles (37 km) away", "length", "km") == "37 km"
    assert measure_in("about 23 miles (37 km) away", "length", "chilometri") == "37 km"
    assert measure_in("about 23 miles (37 km) away", "length") == "about 23 miles"
    # "mi" and "sq mi" are miles too, as encyclopedias abbreviate them.
    assert measure_in("20 kilometres (12 mi) north", "length", "miles") == "12 mi"
    assert measure_in("over 18 km2 (6.9 sq mi) of land", "area", "miles") == "6.9 sq mi"
    assert measure_in("20 kilometres (12 mi) north", "length") == "20 kilometres"
    # A unit of two words is the whole unit, not its first word; fathoms are a length.
    assert measure_in("approximately 68,890 nautical miles (79,280 miles)", "length") == "68,890 nautical miles"
    assert measure_in("percorse 3 miglia nautiche al giorno", "length") == "3 miglia nautiche"
    assert measure_in("the bottom at 4,475 fathoms deep", "length") == "4,475 fathoms"


def test_a_range_is_one_quantity_from_its_first_number() -> None:
    """"8 to 10 km", "tra 8 e 10 km", "3-4 metres" are one quantity; "1908 and 12 km" (an "and" without "between")
    and "40-30 km" (falling) are not ranges, so their quantity is the number beside the unit."""
    assert measure_in("The focus was 8 to 10 km deep.", "length") == "8 to 10 km"
    assert measure_in("a una profondità tra 8 e 10 km (5-6 miglia)", "length") == "tra 8 e 10 km"
    assert measure_in("between 30 and 40 miles away", "length") == "between 30 and 40 miles"
    assert measure_in("the ditch was 3-4 metres wide", "length") == "3-4 metres"
    assert measure_in("about 84,000 to 90,000 miles", "length") == "about 84,000 to 90,000 miles"
    assert measure_in("in 1908 and 12 km further", "length") == "12 km"
    assert measure_in("from 40-30 km", "length") == "30 km"


@pytest.mark.parametrize(("question", "quantity"), [
    ("How tall is the Harbour Tower?", "212 metres"), ("Quanto è alta la Torre del Porto?", "212 metri"),
    ("How fast does the ferry go?", "30 km/h"),
])
def test_a_measure_question_is_answered_by_the_quantity(run: Any, write: Any, question: str, quantity: str) -> None:
    """The answer is the fact that states the quantity, and the quantity, as written, is the value."""
    path = str(write(TOWER))
    assert run("ask", question, "-f", path, "--format", "value").stdout == f"{quantity}\n"
    data = json.loads(run("ask", question, "-f", path, "--json").stdout)
    assert data["kind"] == "measure" and data["measure"] == quantity


@pytest.mark.parametrize("question", ["How heavy is the Harbour Tower?", "How far is the Harbour Tower?",
                                      "Quanto pesa il traghetto?"])
def test_a_measure_no_fact_states_is_refused(run: Any, write: Any, question: str) -> None:
    """No fact states the tower's weight or distance: refused, not answered with its height or a year."""
    result = run("ask", question, "-f", str(write(TOWER)), "--format", "value")
    assert result.exit_code == 1 and result.stdout == ""


@pytest.mark.parametrize(("text", "kind"), [
    ("È vero che la campana pesava 50 kg?", "entity"), ("Is it true that the tower is 212 metres tall?", "entity"),
    ("Quanto pesava la campana?", "measure"), ("How far is Three Mile Island from Harrisburg?", "measure"),
])
def test_a_question_that_gives_the_quantity_in_digits_asks_no_measure(text: str, kind: str) -> None:
    """A question that states the quantity in digits asks whether it is so, not the measure; one in words may be a
    name ("Three Mile Island"), and the measure is still asked."""
    assert parse(text).kind == kind


def test_explain_says_why_the_best_candidates_were_ruled_out(run: Any, write: Any) -> None:
    """--explain names each of the best candidates a check ruled out, with the check it failed."""
    result = run("ask", "How heavy is the Harbour Tower?", "-f", str(write(TOWER)), "--explain")
    assert result.exit_code == 1
    assert '"tower-height": "states no quantity of the dimension asked"' in result.stderr


TANK_SIZES = """\
format: 1
sources:
  - {id: paper, title: City paper, language: en}
entities:
  - {id: tank, kind: thing, names: {en: [the tank, tank], it: [il serbatoio, serbatoio]}}
facts:
  - id: tank-height
    type: count
    value: {number: 50, unit: {en: feet, it: piedi}}
    statement: {en: The tank was 50 feet (15 meters) tall., it: Il serbatoio era di 50 piedi (15 metri) di altezza.}
    entities: [tank]
    status: stated
    source: {id: paper, excerpt: "50 feet tall"}
  - id: tank-diameter
    type: count
    value: {number: 90, unit: {en: feet, it: piedi}}
    statement: {en: The tank was 90 feet (27 meters) in diameter., it: Il serbatoio era di 90 piedi (27 metri) di diametro.}
    entities: [tank]
    status: stated
    source: {id: paper, excerpt: "90 feet in diameter"}
"""


@pytest.mark.parametrize(("question", "answer"), [
    ("How wide was the tank?", "90 feet"), ("Quanto era largo il serbatoio?", "90 piedi"),
    ("How tall was the tank?", "50 feet"), ("Quanto era alto il serbatoio?", "50 piedi"),
])
def test_a_width_is_not_a_height(run: Any, write: Any, question: str, answer: str) -> None:
    """Both are lengths in feet; 'wide' asks for the diameter, 'tall' for the height (found by a new user's trial)."""
    result = run("ask", question, "-f", str(write(TANK_SIZES)), "--format", "value")
    assert result.exit_code == 0 and result.stdout.strip() == answer


MOUND = """\
format: 1
sources:
  - {id: paper, title: City paper, language: en}
entities:
  - {id: mound, kind: place, names: {en: [the mound, mound], it: [il tumulo, tumulo]}}
facts:
  - id: mound-rise
    type: count
    value: {number: 10, unit: {en: meters, it: metri}}
    statement: {en: The mound stands 10 meters above the plain., it: Il tumulo si alza di 10 metri sopra la pianura.}
    entities: [mound]
    status: stated
    source: {id: paper, excerpt: "10 meters above the plain"}
"""


@pytest.mark.parametrize(("question", "answered"), [
    ("How high is the mound?", True), ("Quanto è alto il tumulo?", True),
    ("How wide is the mound?", False), ("Quanto è largo il tumulo?", False),
])
def test_how_far_above_something_is_a_height(run: Any, write: Any, question: str, answered: bool) -> None:
    """"10 meters above the plain" measures a height: it answers "how high", not "how wide"."""
    result = run("ask", question, "-f", str(write(MOUND)), "--format", "value")
    assert (result.exit_code, result.stdout.strip()) == ((0, "10 meters" if "How" in question else "10 metri")
                                                         if answered else (1, ""))


WALK = """\
format: 1
sources:
  - {id: paper, title: City paper, language: en}
entities:
  - {id: ada, kind: person, names: {en: [Ada Rossi, Ada], it: [Ada Rossi, Ada]}}
facts:
  - id: ada-walked
    type: count
    value: {number: 4, unit: {en: miles, it: miglia}}
    statement: {en: Ada walked almost four miles to the station., it: Ada camminò per quasi quattro miglia fino alla stazione.}
    entities: [ada]
    status: stated
    source: {id: paper, excerpt: almost four miles}
"""


def test_a_quantity_in_words_is_a_quantity(run: Any, write: Any) -> None:
    """"almost four miles" answers "how far", as written; "four kilometres" is not four miles (found by a new
    user's trial)."""
    path = str(write(WALK))
    far = run("ask", "How far did Ada walk to the station?", "-f", path, "--format", "value")
    assert (far.exit_code, far.stdout.strip()) == (0, "almost four miles")
    assert '"verdict": "contradicted"' in run("ask", "Claim: Ada walked four kilometres to the station.", "-f", path,
                                              "--format", "json").stdout
    assert '"verdict": "confirmed"' in run("ask", "Claim: Ada walked four miles to the station.", "-f", path,
                                           "--format", "json").stdout


GUST = """\
format: 1
sources:
  - {id: paper, title: City paper, language: en}
entities:
  - {id: race, kind: event, names: {en: [the race, race], it: [la regata, regata]}}
facts:
  - id: race-wind
    type: count
    value: {number: 21, unit: {en: miles per hour, it: miglia orarie}}
    statement: {en: The race was sailed in a wind of 21 miles per hour., it: La regata si corse con un vento di 21 miglia orarie.}
    entities: [race]
    status: stated
    source: {id: paper, excerpt: 21 miles per hour}
  - id: race-boats
    type: count
    value: {number: 12, unit: {en: boats, it: barche}}
    statement: {en: Twelve boats sailed in the race in a strong wind., it: Dodici barche corsero la regata con un vento forte.}
    entities: [race]
    status: stated
    source: {id: paper, excerpt: Twelve boats}
"""


def test_a_noun_may_name_what_a_what_question_measures(run: Any, write: Any) -> None:
    """"What was the wind speed?" asks for a speed, as "what speed" does (found by a new user's trial)."""
    result = run("ask", "What was the wind speed during the race?", "-f", str(write(GUST)), "--format", "value")
    assert (result.exit_code, result.stdout.strip()) == (0, "21 miles per hour")


BRIDGE = """\
format: 1
sources:
  - {id: guide, title: Valley guide, language: en}
entities:
  - {id: bridge, kind: place, names: {en: [the Stone Bridge], it: [il Ponte Vecchio]}}
  - {id: park, kind: place, names: {en: [Valley Park], it: [Parco della Valle]}}
  - {id: fair, kind: event, names: {en: [the valley fair], it: [la fiera della valle]}}
facts:
  - id: bridge-length
    type: count
    value: {number: 850, unit: {en: feet, it: piedi}, counted: {en: length of the bridge, it: lunghezza del ponte}}
    statement: {en: The Stone Bridge measures eight hundred and fifty feet., it: Il Ponte Vecchio misura ottocentocinquanta piedi.}
    entities: [bridge]
    status: stated
    source: {id: guide, excerpt: eight hundred and fifty feet}
  - id: bridge-upstream
    type: event
    value: {name: {en: the bridge stands upstream, it: il ponte sta a monte}}
    statement: {en: The Stone Bridge stands 14 miles upstream of the town., it: Il Ponte Vecchio si trova 14 miglia a monte del paese.}
    entities: [bridge]
    status: stated
    source: {id: guide, excerpt: 14 miles upstream}
  - id: park-area
    type: count
    value: {number: 164, unit: {en: acres, it: acri}, counted: {en: area of the park, it: superficie del parco}}
    statement: {en: Valley Park covers 164 acres., it: Il Parco della Valle copre 164 acri.}
    entities: [park]
    status: stated
    source: {id: guide, excerpt: 164 acres}
  - id: fair-days
    type: count
    value: {number: 3, unit: {en: days, it: giorni}, counted: {en: length of the fair, it: durata della fiera}}
    statement: {en: The valley fair lasted three days., it: La fiera della valle è durata tre giorni.}
    entities: [fair]
    status: stated
    source: {id: guide, excerpt: three days}
"""


@pytest.mark.parametrize(("question", "answer"), [
    ("How long is the Stone Bridge?", "eight hundred and fifty feet"), ("How long was the valley fair?", "3"),
    ("How big is Valley Park in acres?", "164 acres"),
])
def test_how_long_is_a_duration_or_a_length_and_a_unit_asks_its_dimension(run: Any, write: Any, question: str,
                                                                            answer: str) -> None:
    """"How long" is answered by a count of time, else by a length the fact names as one (in its words or in
    what it counts); "How big ... in acres" asks an area: the unit says the dimension."""
    out = run("ask", question, "-f", str(write(BRIDGE)), "--format", "value")
    assert out.exit_code == 0 and out.stdout.strip() == answer


def test_how_long_is_a_thing_asks_its_length_before_a_duration(run: Any, write: Any) -> None:
    """"How long is the Stone Bridge?" with a count of years about the bridge in the file: a thing has a length
    before a duration (it got "2 years", a new user's trial); "How long was the valley fair?", an event, still
    gets its duration."""
    early = BRIDGE + """\
  - id: bridge-early
    type: count
    value: {number: 2, unit: {en: years, it: anni}}
    statement: {en: The Stone Bridge was finished two years early., it: Il Ponte Vecchio fu finito con due anni di anticipo.}
    entities: [bridge]
    status: stated
    source: {id: guide, excerpt: two years early}
"""
    path = str(write(early))
    out = run("ask", "How long is the Stone Bridge?", "-f", path, "--format", "value")
    assert (out.exit_code, out.stdout.strip()) == (0, "eight hundred and fifty feet")
    assert run("ask", "How long was the valley fair?", "-f", path, "--format", "value").stdout.strip() == "3"


def test_what_did_it_weigh_is_not_answered_by_a_length(run: Any, write: Any) -> None:
    """"What did the Stone Bridge weigh?" asks a weight, as "how much did it weigh" does: no fact gives one, so
    no answer (the bridge's length was given, a new user's trial)."""
    spans = BRIDGE.replace("{en: The Stone Bridge measures", "{en: The main span of the Stone Bridge measures")
    out = run("ask", "What did the main span of the Stone Bridge weigh?", "-f", str(write(spans)), "--format", "value")
    assert out.exit_code == 1 and out.stdout == ""


def test_a_rate_over_time_is_no_count_of_time(run: Any, write: Any) -> None:
    """"How long was the Stone Bridge?" with a wind of "40 miles per hour" in the file: a speed is counted per hour,
    not in hours, so the length answers (a new user's trial got "40 miles per hour")."""
    windy = BRIDGE + """\
  - id: bridge-wind
    type: count
    value: {number: 40, unit: {en: miles per hour, it: miglia all'ora}}
    statement: {en: The Stone Bridge swayed in a wind of 40 miles per hour., it: Il Ponte Vecchio oscillò con un vento di 40 miglia all'ora.}
    entities: [bridge]
    status: stated
    source: {id: guide, excerpt: 40 miles per hour}
"""
    out = run("ask", "How long was the Stone Bridge?", "-f", str(write(windy)), "--format", "value")
    assert out.exit_code == 0 and out.stdout.strip() == "eight hundred and fifty feet"
    lasted = run("ask", "How long was the valley fair?", "-f", str(write(windy)), "--format", "value")
    assert lasted.stdout.strip() == "3"


@pytest.mark.parametrize("question", ["How tall is the Stone Bridge?", "Quanto è alto il Ponte Vecchio?",
                                      "How wide is the Stone Bridge?"])
def test_a_distance_is_no_height(run: Any, write: Any, question: str) -> None:
    """"14 miles upstream" measures how far the bridge is, not how tall or wide: a height, depth or width must be
    named as one; no fact does here, so no answer."""
    out = run("ask", question, "-f", str(write(BRIDGE)))
    assert out.exit_code == 1 and "14 miles" not in out.stdout


def test_old_in_a_name_asks_no_age() -> None:
    """"How old" side by side asks an age; "old" in a name further on ("How long is the Old Bridge?") does not."""
    assert "age" in parse("How old is the bridge?").words
    assert "age" not in parse("How long is the Old Bridge?").words


def test_the_value_of_a_claimed_quantity_is_the_quantity_the_fact_states(run: Any, write: Any) -> None:
    """"Claim: the Stone Bridge is 14 miles upstream" is judged by the fact, and `value` gives its quantity with
    its unit ("14 miles"), not a bare number."""
    out = run("ask", "Claim: the Stone Bridge stands 30 miles upstream of the town", "-f", str(write(BRIDGE)),
              "--format", "value")
    assert out.exit_code == 0 and out.stdout == "14 miles\n"


def test_a_claim_in_a_unit_no_fact_uses_is_corrected_by_the_fact_in_its_own(run: Any, write: Any) -> None:
    """"850 metres" where the file only says feet: the unit is the claim's wrong detail, not an unknown word that
    puts the claim beyond the facts; the fact in feet contradicts it."""
    data = json.loads(run("ask", "Claim: the Stone Bridge measures 850 metres.", "-f", str(write(BRIDGE)),
                          "--json").stdout)
    assert data["verdict"] == "contradicted" and data["answer"]["id"] == "bridge-length"


STEAM = """\
format: 1
sources:
  - {id: report, title: A report, language: en}
entities:
  - {id: plant, kind: place, names: {it: [l'impianto], en: [the plant]}}
facts:
  - id: steam-hot
    type: count
    value: {number: 300, unit: {it: °C, en: °C}, counted: {it: temperatura del vapore, en: steam temperature}}
    statement: {it: Il vapore dell'impianto salì a 300 °C., en: The steam of the plant rose to 300 °C.}
    entities: [plant]
    status: stated
    source: {id: report, excerpt: 300 °C}
  - id: plant-workers
    type: count
    value: {number: 150, unit: {it: operai, en: workers}}
    statement: {it: L'impianto aveva 150 operai., en: The plant had 150 workers.}
    entities: [plant]
    status: stated
    source: {id: report, excerpt: 150 workers}
"""


@pytest.mark.parametrize("question", ["How hot did the steam of the plant get?", "Quanto era caldo il vapore?",
                                      "What temperature did the steam reach?"])
def test_how_hot_is_answered_by_the_temperature(run: Any, write: Any, question: str) -> None:
    """"How hot" asks a temperature: the quantity in degrees is the answer (it was read as "how did it happen"
    and refused, a new user's trial)."""
    result = run("ask", question, "-f", str(write(STEAM)), "--format", "value")
    assert result.exit_code == 0 and result.stdout == "300 °C\n", result.stdout


def test_a_temperature_no_fact_states_is_refused(run: Any, write: Any) -> None:
    """The negative case: no fact states the temperature of the workers' hall; the count of workers does not
    answer."""
    result = run("ask", "What was the temperature of the plant's workers?", "-f", str(write(STEAM)))
    assert result.exit_code == 1 and result.stdout == ""
