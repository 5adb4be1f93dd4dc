"""A count answers "how many X" only if it counts X: "Quante traduzioni hanno fatto gli studenti?" is not
answered by the number of students, though that fact speaks of translations too."""

from __future__ import annotations

import json
from typing import Any

import pytest

from tests.conftest import unanswered

COURSE = """\
format: 1
sources:
  - {id: paper, title: City paper, language: it}
entities:
  - {id: corso, kind: event, names: {it: [il corso, corso], en: [the course, course]}}
facts:
  - id: ventisette-studenti
    type: count
    value: {number: 27, unit: {it: studenti, en: students}, counted: {it: studenti del corso, en: students of the course}}
    statement:
      it: Il corso ha coinvolto 27 studenti, impegnati in traduzioni e nuove voci.
      en: The course involved 27 students, busy with translations and new articles.
    entities: [corso]
    status: stated
    source: {id: paper, excerpt: 27 studenti}
"""


@pytest.mark.parametrize("question", ["Quante traduzioni hanno fatto gli studenti del corso?",
                                      "How many translations did the students of the course make?"])
def test_a_count_of_something_else_does_not_answer(run: Any, write: Any, question: str) -> None:
    """The file counts students, not translations: no answer."""
    result = run("ask", question, "-f", str(write(COURSE)), "--format", "value")
    assert result.exit_code == 1 and result.stdout == ""


@pytest.mark.parametrize("question", ["Quanti studenti ha coinvolto il corso?", "How many students did the course involve?"])
def test_the_count_answers_what_it_counts(run: Any, write: Any, question: str) -> None:
    """The negative case: the students it counts are answered."""
    result = run("ask", question, "-f", str(write(COURSE)), "--format", "value")
    assert result.exit_code == 0 and result.stdout.startswith("27")


SHOCK = """\
format: 1
sources:
  - {id: paper, title: City paper, language: it}
entities:
  - {id: madrid, kind: place, names: {it: [New Madrid], en: [New Madrid]}}
facts:
  - id: scossa-magnitudo
    type: count
    value: {number: 7.3, unit: {it: magnitudo, en: magnitude}}
    statement: {it: "La scossa del 23 gennaio 1812 ebbe magnitudo 7,3.", en: The shock of 23 January 1812 had magnitude 7.3.}
    entities: [madrid]
    status: stated
    source: {id: paper, excerpt: "magnitudo 7,3"}
"""


@pytest.mark.parametrize("question", ["Quanto durò la scossa di gennaio 1812?", "Quanto durarono le scosse del 1812?",
                                      "Quanto è durata la scossa di gennaio 1812?"])
def test_how_long_it_lasted_is_not_answered_by_another_count(run: Any, write: Any, question: str) -> None:
    """'durò', 'durarono' ask for a duration in any tense: the magnitude is no answer."""
    result = run("ask", question, "-f", str(write(SHOCK)), "--format", "value")
    assert result.exit_code == 1 and result.stdout == ""


def test_the_magnitude_still_answers_its_question(run: Any, write: Any) -> None:
    result = run("ask", "Che magnitudo ebbe la scossa di gennaio?", "-f", str(write(SHOCK)), "--format", "value")
    assert result.exit_code == 0 and result.stdout.startswith("7.3")


MEETINGS = """\
format: 1
sources:
  - {id: paper, title: City paper, language: en}
entities:
  - {id: course, kind: event, names: {en: [the course, course], it: [il corso, corso]}}
facts:
  - id: five-meetings
    type: count
    value: {number: 5, unit: {en: meetings, it: incontri}}
    statement: {en: The course had five meetings., it: Il corso ha avuto cinque incontri.}
    entities: [course]
    status: stated
    source: {id: paper, excerpt: five meetings}
  - id: fourth-meeting
    type: event
    value: {name: {en: the fourth meeting, it: il quarto incontro}}
    statement: {en: The fourth meeting of the course was about maps., it: Il quarto incontro del corso fu sulle mappe.}
    entities: [course]
    status: stated
    source: {id: paper, excerpt: fourth meeting}
"""


def test_a_number_word_is_no_slip_of_an_ordinal(run: Any, write: Any) -> None:
    """'four' is not a mistyped 'fourth': the claim of four meetings is corrected by the five."""
    result = run("ask", "Claim: the course had four meetings.", "-f", str(write(MEETINGS)), "--format", "json")
    assert result.exit_code == 0 and '"verdict": "contradicted"' in result.stdout and '"five-meetings"' in result.stdout


FLIGHT = """\
format: 1
sources:
  - {id: paper, title: City paper, language: en}
entities:
  - {id: flight, kind: event, names: {en: [the flight, flight], it: [il volo, volo]}}
facts:
  - id: flight-minutes
    type: count
    value: {number: 39, unit: {en: minutes, it: minuti}}
    statement: {en: The flight lasted 39 minutes., it: Il volo durò 39 minuti.}
    entities: [flight]
    status: stated
    source: {id: paper, excerpt: lasted 39 minutes}
"""


@pytest.mark.parametrize(("question", "answer"), [
    ("How long did the flight last?", "39"), ("Quanto durò il volo?", "39"), ("How long was the flight?", "39"),
])
def test_a_count_of_minutes_or_seconds_is_a_count_of_time(run: Any, write: Any, question: str, answer: str) -> None:
    """"How long did it last?" is answered by minutes and seconds as by years (found by a new user's trial)."""
    result = run("ask", question, "-f", str(write(FLIGHT)), "--format", "value")
    assert (result.exit_code, result.stdout.strip()) == (0, answer)


CROWD = """\
format: 1
sources:
  - {id: paper, title: Paper, language: en}
entities:
  - {id: rally, kind: event, names: {en: [the rally], it: [la manifestazione]}}
facts:
  - id: rally-crowd
    type: count
    value: {number: 75000, unit: {en: people, it: persone}}
    statement: {en: "The rally drew 75,000 people.", it: La manifestazione richiamò 75.000 persone.}
    entities: [rally]
    status: stated
    source: {id: paper, excerpt: "75,000 people"}
"""


def test_a_large_count_is_written_with_thousands_apart_for_people(run: Any, write: Any) -> None:
    """The answer line groups thousands as each language does ("75,000", "75.000"); the bare value a script reads
    stays plain digits."""
    path = str(write(CROWD))
    assert run("ask", "How many people were at the rally?", "-f", path, "--format", "plain").stdout.startswith(
        "75,000 people\n")
    assert run("ask", "Quante persone alla manifestazione?", "-f", path, "--format", "plain").stdout.startswith(
        "75.000 persone\n")
    assert run("ask", "How many people were at the rally?", "-f", path, "--format", "value").stdout == "75000\n"


VETERAN = """\
format: 1
sources:
  - {id: paper, title: Paper, language: en}
entities:
  - {id: ada, kind: person, names: {en: [Ada Neri], it: [Ada Neri]}}
facts:
  - id: ada-career
    type: count
    value: {number: 50, unit: {en: years, it: anni}, counted: {en: years of climbing, it: anni di scalate}}
    statement: {en: By 1954 Ada Neri had climbed for 50 years., it: Nel 1954 Ada Neri scalava da 50 anni.}
    entities: [ada]
    status: stated
    source: {id: paper, excerpt: climbed for 50 years}
  - id: ada-age
    type: count
    value: {number: 30, unit: {en: years old, it: anni}, counted: {en: age in 1954, it: età nel 1954}}
    statement: {en: In 1954 Ada Neri was 30 years old (her age then)., it: Nel 1954 Ada Neri aveva 30 anni di età.}
    entities: [ada]
    status: stated
    source: {id: paper, excerpt: 30 years old}
"""


def test_how_old_asks_an_age_never_let_pass(run: Any, write: Any) -> None:
    """"Quanti anni aveva...?" asks an age: the fact of her age answers, never the years of something else."""
    path = str(write(VETERAN))
    data = json.loads(run("ask", "Quanti anni aveva Ada Neri nel 1954?", "-f", path, "--json").stdout)
    assert data["answer"]["id"] == "ada-age"


def test_how_old_is_not_answered_by_a_count_of_other_years(run: Any, write: Any) -> None:
    """The negative case: with no age in the file, the 50 years of climbing are no answer."""
    path = str(write(VETERAN.split("  - id: ada-age")[0]))
    assert unanswered(run("ask", "Quanti anni aveva Ada Neri nel 1954?", "-f", path, "--json"))


MARCH = """\
format: 1
sources:
  - {id: diary, title: A diary, language: en}
entities:
  - {id: party, kind: group, names: {it: [la squadra], en: [the party]}}
facts:
  - id: march-days
    type: count
    value: {number: 45, unit: {it: giorni, en: days}, counted: {it: giorni di marcia, en: days of march}}
    statement:
      it: La marcia della squadra con i cani durò 45 giorni.
      en: The party's march with the dogs lasted 45 days.
    entities: [party]
    status: stated
    source: {id: diary, excerpt: 45 days}
"""


@pytest.mark.parametrize("question", ["How many dogs died during the march?", "Quanti cani morirono durante la marcia?"])
def test_a_count_of_time_does_not_count_other_things(run: Any, write: Any, question: str) -> None:
    """45 days of march do not say how many dogs: no answer."""
    result = run("ask", question, "-f", str(write(MARCH)), "--format", "value")
    assert result.exit_code == 1 and result.stdout == ""


@pytest.mark.parametrize("question", ["How many days did the march with the dogs last?", "Quanti giorni durò la marcia?"])
def test_a_count_of_time_answers_how_many_days(run: Any, write: Any, question: str) -> None:
    """The negative case: asked in days, the count of days answers."""
    result = run("ask", question, "-f", str(write(MARCH)), "--format", "value")
    assert result.exit_code == 0 and result.stdout.startswith("45")


QUAKE = """\
format: 1
sources:
  - {id: paper, title: City paper, language: en}
entities:
  - {id: quake, kind: event, names: {en: [the Avon City earthquake], it: [il terremoto di Avon City]}}
  - {id: avon, kind: place, names: {en: [Avon City], it: [Avon City]}}
  - {id: lyme, kind: place, names: {en: [Lyme Bay], it: [Lyme Bay]}}
facts:
  - id: lyme-deaths
    type: count
    value: {number: 61, unit: {en: deaths, it: morti}}
    statement: {en: Sixty-one people died in Lyme Bay during the earthquake., it: Sessantuno persone morirono a Lyme Bay durante il terremoto.}
    entities: [lyme, quake]
    status: stated
    source: {id: paper, excerpt: Sixty-one people died}
  - id: homeless
    type: count
    value: {number: 300000, unit: {en: homeless, it: senzatetto}, counted: {en: people left homeless, it: persone rimaste senza casa}}
    statement: {en: Tents were given to the 300000 homeless of Avon City., it: Le tende furono date ai 300000 senzatetto di Avon City.}
    entities: [avon, quake]
    status: stated
    source: {id: paper, excerpt: 300000 homeless}
  - id: deaths
    type: count
    value: {number: 3000, unit: {en: deaths, it: morti}, qualifier: circa}
    statement: {en: The Avon City earthquake caused an estimated 3000 deaths., it: Il terremoto di Avon City causò circa 3000 morti.}
    entities: [quake]
    status: stated
    source: {id: paper, excerpt: 3000 deaths}
"""


@pytest.mark.parametrize("question", ["How many people died in Avon City?", "Quante persone morirono ad Avon City?"])
def test_a_count_of_people_says_what_befell_them_and_where(run: Any, write: Any, question: str) -> None:
    """Not the deaths of another town (Lyme Bay), nor the people left homeless: the deaths the quake caused."""
    data = json.loads(run("ask", question, "-f", str(write(QUAKE)), "--format", "json").stdout)
    assert data["answer"]["id"] == "deaths", data


SHAKING = """\
format: 1
sources:
  - {id: paper, title: City paper, language: en}
entities:
  - {id: quake, kind: event, names: {en: [the Avon earthquake], it: [il terremoto di Avon]}}
facts:
  - id: shaking
    type: count
    value: {number: 90, unit: {en: seconds, it: secondi}}
    statement: {en: The shaking lasted ninety seconds., it: Le scosse durarono novanta secondi.}
    entities: [quake]
    status: stated
    source: {id: paper, excerpt: lasted ninety seconds}
"""


@pytest.mark.parametrize("question", ["How long did the earthquake last?", "Quanto è durato il terremoto?"])
def test_how_long_an_event_lasted_is_said_by_a_fact_about_it(run: Any, write: Any, question: str) -> None:
    """"The shaking lasted ninety seconds", a fact about the earthquake: its name need not be in the statement."""
    data = json.loads(run("ask", question, "-f", str(write(SHAKING)), "--format", "json").stdout)
    assert data["answer"]["id"] == "shaking", data


LOSSES = """\
format: 1
sources:
  - {id: paper, title: City paper, language: en}
entities:
  - {id: quake, kind: event, names: {en: [the Avon earthquake], it: [il terremoto di Avon]}}
facts:
  - id: quake-losses
    type: count
    value: {number: 23, unit: {en: million dollars, it: milioni di dollari}}
    statement: {en: The Avon earthquake caused losses of 23 million dollars besides many injured., it: Il terremoto di Avon causò perdite per 23 milioni di dollari oltre a molti feriti.}
    entities: [quake]
    status: stated
    source: {id: paper, excerpt: 23 million dollars}
  - id: quake-track
    type: count
    value: {number: 80, unit: {en: km, it: km}, counted: {en: railway track bent by the injured ground, it: binari piegati}}
    statement: {en: The Avon earthquake bent 80 km of railway track., it: Il terremoto di Avon piegò 80 km di binari.}
    entities: [quake]
    status: stated
    source: {id: paper, excerpt: 80 km of railway track}
"""


@pytest.mark.parametrize("question", ["How many injured were there in the Avon earthquake?",
                                      "Quanti feriti ci furono nel terremoto di Avon?"])
def test_a_number_of_things_is_not_a_quantity_in_units(run: Any, write: Any, question: str) -> None:
    """How many injured: not "23 million dollars", a sum of money that mentions the injured, nor a length."""
    assert unanswered(run("ask", question, "-f", str(write(LOSSES)), "--format", "json"))


def test_a_quantity_asked_in_its_unit_is_still_answered(run: Any, write: Any) -> None:
    """The negative case: "how many km" asks the quantity in its unit."""
    data = json.loads(run("ask", "How many km of railway track did the Avon earthquake bend?", "-f", str(write(LOSSES)),
                          "--format", "json").stdout)
    assert data["answer"]["id"] == "quake-track", data


DEGREES = """\
format: 1
sources:
  - {id: paper, title: The Gazette, language: en}
entities:
  - {id: rossi, kind: person, names: {en: [Ada Rossi], it: [Ada Rossi]}}
facts:
  - id: rossi-degrees
    type: count
    value: {number: 4, unit: {en: university degrees, it: lauree}}
    statement: {en: Ada Rossi earned four university degrees., it: Ada Rossi conseguì quattro lauree.}
    entities: [rossi]
    status: stated
    source: {id: paper, excerpt: four university degrees}
"""


@pytest.mark.parametrize("question", ["Quante lauree aveva Ada Rossi?", "How many university degrees did Ada Rossi earn?"])
def test_a_unit_of_measure_in_one_language_only_is_no_measure(run: Any, write: Any, question: str) -> None:
    """"university degrees" are no degrees of heat where the other language says "lauree": the count answers."""
    data = json.loads(run("ask", question, "-f", str(write(DEGREES)), "--format", "json").stdout)
    assert data["answer"]["id"] == "rossi-degrees", data


CLASSES = """\
format: 1
sources:
  - {id: paper, title: City paper, language: it}
entities:
  - {id: train, kind: thing, names: {en: [the train], it: [il treno]}}
facts:
  - id: second-class
    type: count
    value: {number: 5, unit: {en: second-class carriages, it: carrozze di seconda classe}}
    statement: {en: The train had five second-class carriages., it: Il treno aveva cinque carrozze di seconda classe.}
    entities: [train]
    status: stated
    source: {id: paper, excerpt: cinque carrozze di seconda classe}
  - id: first-class
    type: count
    value: {number: 4, unit: {en: first-class carriages, it: carrozze di prima classe}}
    statement: {en: The train had four first-class carriages., it: Il treno aveva quattro carrozze di prima classe.}
    entities: [train]
    status: stated
    source: {id: paper, excerpt: quattro carrozze di prima classe}
"""


@pytest.mark.parametrize(("question", "want"), [
    ("Quante carrozze di prima classe aveva il treno?", "first-class"),
    ("Quante carrozze di seconda classe aveva il treno?", "second-class"),
    ("How many first-class carriages did the train have?", "first-class"),
])
def test_an_italian_prima_before_a_noun_is_the_first(run: Any, write: Any, question: str, want: str) -> None:
    """"Di prima classe" numbers the class, as "first-class" does: the count of the second class does not answer."""
    data = json.loads(run("ask", question, "-f", str(write(CLASSES)), "--format", "json").stdout)
    assert data["answer"]["id"] == want, data


SURVIVORS = """\
format: 1
sources:
  - {id: paper, title: City paper, language: en}
entities:
  - {id: train, kind: thing, names: {en: [the train], it: [il treno]}}
facts:
  - id: second-class-survivors
    type: count
    value: {number: 28, unit: {en: second-class survivors, it: sopravvissuti di seconda classe}}
    statement: {en: Of the second-class passengers on the train only 28 survived., it: Dei passeggeri di seconda classe del treno solo 28 sopravvissero.}
    entities: [train]
    status: stated
    source: {id: paper, excerpt: only 28 survived}
  - id: survivors
    type: count
    value: {number: 134, unit: {en: survivors, it: sopravvissuti}}
    statement: {en: Of the people on the train 134 survived., it: Delle persone sul treno 134 sopravvissero.}
    entities: [train]
    status: stated
    source: {id: paper, excerpt: 134 survived}
  - id: dead
    type: count
    value: {number: 151, unit: {en: dead, it: morti}}
    statement: {en: The accident killed 151 people., it: L'incidente uccise 151 persone.}
    entities: [train]
    status: stated
    source: {id: paper, excerpt: killed 151 people}
  - id: carriages
    type: count
    value: {number: 9, unit: {en: carriages, it: carrozze}}
    statement: {en: The express had nine carriages., it: Il rapido aveva nove carrozze.}
    entities: [train]
    status: stated
    source: {id: paper, excerpt: nine carriages}
  - id: bridge
    type: event
    value: {name: {en: bridge collapse, it: crollo del ponte}}
    statement: {en: The bridge over the river collapsed at night., it: Il ponte sul fiume crollò di notte.}
    entities: []
    status: stated
    source: {id: paper, excerpt: the bridge collapsed}
"""


@pytest.mark.parametrize(("question", "want"), [
    ("How many survived in all?", "survivors"), ("Quanti sopravvissero in tutto?", "survivors"),
    ("How many second-class passengers survived?", "second-class-survivors"),
])
def test_of_two_tied_counts_the_one_that_counts_only_what_was_asked_answers(
        run: Any, write: Any, question: str, want: str) -> None:
    """"How many survived?" is not answered by the survivors of one class, which the question does not name."""
    data = json.loads(run("ask", question, "-f", str(write(SURVIVORS)), "--format", "json").stdout)
    assert data["answer"]["id"] == want, data


TOLL = """\
format: 1
sources:
  - {id: paper, title: City paper, language: en}
entities:
  - {id: crash, kind: event, names: {en: [the crash], it: [l'incidente]}}
facts:
  - id: deaths
    type: count
    value: {number: 101, unit: {en: dead, it: morti}}
    statement: {en: The crash killed 101 people., it: L'incidente uccise 101 persone.}
    entities: [crash]
    status: stated
    source: {id: paper, excerpt: killed 101 people}
  - id: injured
    type: count
    value: {number: 88, unit: {en: injured, it: feriti}}
    statement: {en: The crash left 88 people injured., it: L'incidente causò 88 feriti.}
    entities: [crash]
    status: stated
    source: {id: paper, excerpt: 88 people injured}
  - id: cars
    type: count
    value: {number: 12, unit: {en: cars, it: carrozze}}
    statement: {en: The train had twelve cars., it: Il treno aveva dodici carrozze.}
    entities: []
    status: stated
    source: {id: paper, excerpt: twelve cars}
"""


@pytest.mark.parametrize("question", ["How many children died in the crash?", "Quanti bambini morirono nell'incidente?"])
def test_what_a_count_question_counts_is_never_let_pass(run: Any, write: Any, question: str) -> None:
    """No fact counts children: the toll of all the dead does not answer how many of them were children."""
    result = run("ask", question, "-f", str(write(TOLL)), "--format", "value")
    assert result.exit_code == 1 and result.stdout == "", result.stdout


@pytest.mark.parametrize("question", ["How many people died in the crash?", "how many guys died in the crash"])
def test_a_count_of_anyone_is_answered_by_the_toll(run: Any, write: Any, question: str) -> None:
    """The negative case: people (or "guys") are whom the toll counts."""
    result = run("ask", question, "-f", str(write(TOLL)), "--format", "value")
    assert result.exit_code == 0 and result.stdout.startswith("101"), result.stdout
