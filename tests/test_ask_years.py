"""A year in an open question must not be contradicted by the answer: "Where was the festival in 2016?" is not
answered by the venue of the 2018 festival, which its place and event date to 2018."""

from __future__ import annotations

import json
from typing import Any

import pytest

from tests.conftest import unanswered

FESTIVAL = """\
format: 1
sources:
  - {id: paper, title: City paper, language: en}
entities:
  - {id: festival, kind: event, names: {en: [the festival, book festival], it: [il festival]}}
  - {id: square, kind: place, names: {en: [Old Square], it: [Piazza Vecchia]}}
facts:
  - id: festival-2018
    type: date
    value: {date: "2018"}
    statement:
      en: The book festival took place in 2018, two years after the 2016 fair.
      it: Il festival si è tenuto nel 2018, due anni dopo la fiera del 2016.
    entities: [festival, square]
    status: stated
    source: {id: paper, excerpt: in 2018}
  - id: festival-venue
    type: location
    value: {place: {en: Old Square, it: Piazza Vecchia}}
    statement: {en: The book festival was held in the Old Square., it: Il festival si è tenuto in Piazza Vecchia.}
    entities: [festival, square]
    status: stated
    source: {id: paper, excerpt: Old Square}
"""


@pytest.mark.parametrize("question", ["Where was the book festival held in 2018?", "Dove si è tenuto il festival nel 2018?"])
def test_the_year_the_facts_date_the_answer_to(run: Any, write: Any, question: str) -> None:
    """The venue states no year, but the festival and the square are dated 2018 by the festival's date."""
    result = run("ask", question, "-f", str(write(FESTIVAL)), "--format", "value")
    assert result.exit_code == 0 and result.stdout in ("Old Square\n", "Piazza Vecchia\n")


@pytest.mark.parametrize("question", ["Where was the book festival held in 2016?", "Dove si è tenuto il festival nel 2016?"])
def test_another_year_is_refused(run: Any, write: Any, question: str) -> None:
    """2016 is only named by the date fact to place 2018: the venue belongs to 2018, so 2016 is refused."""
    result = run("ask", question, "-f", str(write(FESTIVAL)), "--format", "value")
    assert unanswered(result)


@pytest.mark.parametrize(("question", "answered"), [
    ("Where was the book festival held before 2018?", False), ("Dove si è tenuto il festival prima del 2018?", False),
    ("Where was the book festival held after 2016?", True), ("Dove si è tenuto il festival dal 2018?", True),
])
def test_a_bound_on_the_years_is_kept(run: Any, write: Any, question: str, answered: bool) -> None:
    """'before 2018' is not answered by the venue of the 2018 festival; 'after 2016' and 'since 2018' are."""
    result = run("ask", question, "-f", str(write(FESTIVAL)), "--format", "value")
    assert (result.exit_code == 0) is answered and bool(result.stdout) is answered


MISSION = """\
format: 1
sources:
  - {id: log, title: Log, language: en}
entities:
  - {id: lark, kind: event, names: {en: [the Lark mission, the mission], it: [la missione Lark, la missione]}}
facts:
  - id: lark-duration
    type: count
    value: {number: 8, unit: {en: days, it: giorni}}
    statement:
      en: The Lark mission lasted about eight days, from launch to splashdown.
      it: La missione Lark è durata circa otto giorni, dal lancio all'ammaraggio.
    entities: [lark]
    status: stated
    source: {id: log, excerpt: eight days}
"""


@pytest.mark.parametrize("question", ["How long did the mission last?", "Quanto è durata la missione?"])
def test_a_span_from_to_is_how_long_it_lasted(run: Any, write: Any, question: str) -> None:
    """'dal lancio all'ammaraggio' is from... to, not 'since': the count answers how long it lasted."""
    result = run("ask", question, "-f", str(write(MISSION)), "--format", "value")
    assert result.exit_code == 0 and result.stdout == "8\n"


TOWN = """\
format: 1
sources:
  - {id: paper, title: City paper, language: en}
entities:
  - {id: town, kind: place, names: {en: [Riverton], it: [Riverton]}}
  - {id: valley, kind: place, names: {en: [the valley], it: [la valle]}}
facts:
  - id: town-houses-1812
    type: event
    value: {name: {en: houses damaged, it: case danneggiate}}
    statement: {en: In 1812 many houses at Riverton were damaged., it: Nel 1812 molte case di Riverton furono danneggiate.}
    entities: [town]
    status: stated
    source: {id: paper, excerpt: many houses at Riverton were damaged}
  - id: valley-population
    type: count
    value: {number: 300, unit: {en: people, it: persone}, counted: {en: population of the valley, it: popolazione della valle}}
    statement: {en: The valley had a population of 300., it: La valle aveva una popolazione di 300 persone.}
    entities: [valley]
    status: stated
    source: {id: paper, excerpt: a population of 300}
"""


def test_a_year_alone_does_not_make_a_fact_answer(run: Any, write: Any) -> None:
    """'population' is known (the valley's), but the 1812 fact says nothing of Riverton's: the year alone is no
    answer (its open question; a claim's numbers are what it claims)."""
    result = run("ask", "What was the population of Riverton in 1812?", "-f", str(write(TOWN)), "--format", "json")
    assert unanswered(result)
    answered = run("ask", "What was damaged at Riverton in 1812?", "-f", str(write(TOWN)), "--format", "json")
    assert answered.exit_code == 0 and '"town-houses-1812"' in answered.stdout


SHOCKS = """\
format: 1
sources:
  - {id: paper, title: City paper, language: en}
entities:
  - {id: quake, kind: event, names: {en: [the quake, quake], it: [il terremoto, terremoto]}}
facts:
  - id: aftershocks-counted
    type: count
    value: {number: 200, unit: {en: aftershocks, it: repliche}}
    statement:
      en: More than 200 aftershocks of the quake were counted between December 1811 and March 1812.
      it: Più di 200 repliche del terremoto furono contate tra dicembre 1811 e marzo 1812.
    entities: [quake]
    status: stated
    source: {id: paper, excerpt: "More than 200 aftershocks"}
"""


@pytest.mark.parametrize(("question", "answered"), [
    ("How many aftershocks of the quake were there after 1812?", False),
    ("Quante repliche del terremoto ci furono dopo il 1812?", False),
    ("How many aftershocks of the quake were there before 1812?", True),
    ("How many aftershocks of the quake were counted?", True),
])
def test_a_count_asked_after_a_year_is_not_one_of_earlier_years(run: Any, write: Any, question: str,
                                                                  answered: bool) -> None:
    """The aftershocks counted up to 1812 are not those after 1812: a count of things keeps to the years asked."""
    result = run("ask", question, "-f", str(write(SHOCKS)), "--format", "value")
    assert result.exit_code == (0 if answered else 1)
    assert result.stdout.strip() == ("200" if answered else "")


CENTRE = """\
format: 1
sources:
  - {id: paper, title: Valley paper, language: en}
entities:
  - {id: centre, kind: place, names: {en: [the Valley Centre, Centre 1985], it: [il Centro della Valle, Centro 1985]}}
  - {id: mine, kind: place, names: {en: [the mine], it: [la miniera]}}
  - {id: tesero, kind: place, names: {en: [Tesero], it: [Tesero]}}
  - {id: rossi, kind: organisation, names: {en: [the Rossi company], it: [la ditta Rossi]}}
facts:
  - id: centre-location
    type: location
    value: {place: {en: Tesero, it: Tesero}}
    statement: {en: The Valley Centre is based in Tesero., it: Il Centro della Valle ha sede a Tesero.}
    entities: [centre, tesero]
    status: stated
    source: {id: paper, excerpt: based in Tesero}
  - id: centre-opened
    type: date
    value: {date: "2002"}
    statement: {en: The Valley Centre opened in 2002., it: Il Centro della Valle aprì nel 2002.}
    entities: [centre]
    status: stated
    source: {id: paper, excerpt: opened in 2002}
  - id: mine-until-1966
    type: date
    value: {date: "1966", qualifier: before}
    statement: {en: Until 1966 the mine was managed by the Rossi company., it: Fino al 1966 la miniera fu gestita dalla ditta Rossi.}
    entities: [mine, rossi]
    status: stated
    source: {id: paper, excerpt: Until 1966}
"""


@pytest.mark.parametrize(("question", "expected"), [
    ("Where is the Centre 1985 based?", "centre-location"),  # the year is the name's, not the time asked
    ("Dove ha sede il Centro 1985?", "centre-location"),
    ("Who managed the mine until 1966?", "mine-until-1966"),  # "until 1966" holds 1966
    ("Chi gestiva la miniera fino al 1966?", "mine-until-1966"),
    ("Who managed the mine until 1950?", None),  # the fact is of 1966: outside the bound
    ("Chi gestiva la miniera prima del 1970?", "mine-until-1966"),  # a bound no fact says is no unknown word
])
def test_a_year_in_a_name_is_no_time_and_until_holds_its_year(run: Any, write: Any, question: str,
                                                              expected: str | None) -> None:
    """"Centre 1985", an alias, names a thing (the location fact, dated 2002 by the opening, was ruled out as of another
    year); "until 1966" bounds the time up to and with 1966 (a fact saying "until 1966" was ruled out). Both
    found by a new user's trial."""
    data = json.loads(run("ask", question, "-f", str(write(CENTRE)), "--json").stdout)
    assert (data["answer"]["id"] if data["answer"] else None) == expected, data["answer"]


FLOODS = """\
format: 1
sources:
  - {id: paper, title: City paper, language: it}
entities:
  - {id: city, kind: place, names: {it: [Firenze], en: [Florence]}}
facts:
  - id: flood-1966
    type: date
    value: {date: "1966-11-04"}
    statement: {it: L'alluvione colpì Firenze il 4 novembre 1966., en: The flood struck Florence on 4 November 1966.}
    entities: [city]
    status: stated
    source: {id: paper, excerpt: 4 novembre 1966}
  - id: flood-1844
    type: date
    value: {date: "1844-11-03"}
    statement: {it: Un'alluvione colpì Firenze il 3 novembre 1844., en: A flood struck Florence on 3 November 1844.}
    entities: [city]
    status: stated
    source: {id: paper, excerpt: 3 novembre 1844}
"""


@pytest.mark.parametrize(("question", "fact"), [
    ("Quando colpì Firenze l'alluvione del 66?", "flood-1966"),
    ("Quando colpì Firenze l'alluvione del '44?", "flood-1844"),
    ("When did the flood of '66 strike Florence?", "flood-1966"),
])
def test_two_digits_said_for_a_year_are_the_year_the_facts_know(run: Any, write: Any, question: str,
                                                                 fact: str) -> None:
    """"del 66", "'44": the one year of the facts ending so (it was a number no fact uses, a new user's trial)."""
    data = json.loads(run("ask", question, "-f", str(write(FLOODS)), "--format", "json").stdout)
    assert data["answer"]["id"] == fact, data


AIRSHIP = """\
format: 1
sources:
  - {id: paper, title: City paper, language: en}
entities:
  - {id: fire, kind: event, names: {en: [the airship fire], it: [l'incendio del dirigibile]}}
facts:
  - id: fire-date
    type: date
    value: {date: "1937-05-06"}
    statement: {en: The airship fire broke out on 6 May 1937., it: L'incendio del dirigibile scoppiò il 6 maggio 1937.}
    entities: [fire]
    status: stated
    source: {id: paper, excerpt: 6 May 1937}
  - id: first-flight
    type: date
    value: {date: "1936-03-04"}
    statement: {en: The airship first flew on 4 March 1936., it: Il dirigibile volò per la prima volta il 4 marzo 1936.}
    entities: []
    status: stated
    source: {id: paper, excerpt: 4 March 1936}
  - id: fire-deaths
    type: count
    value: {number: 36, unit: {en: deaths, it: morti}}
    statement: {en: Thirty-six people died in the airship fire., it: Trentasei persone morirono nell'incendio del dirigibile.}
    entities: [fire]
    status: stated
    source: {id: paper, excerpt: Thirty-six people died}
"""


@pytest.mark.parametrize(("question", "answered"), [
    ("How many people died in 1936?", False), ("Quante persone morirono nel 1936?", False),
    ("How many people died in 1937?", True),
])
def test_a_count_of_things_keeps_to_the_year_asked(run: Any, write: Any, question: str, answered: bool) -> None:
    """The deaths of a 1937 fire are no answer to how many died in 1936 (they were, a new user's trial)."""
    result = run("ask", question, "-f", str(write(AIRSHIP)), "--format", "json")
    assert (result.exit_code == 0) is answered, result.stdout
    if answered:
        assert json.loads(result.stdout)["answer"]["id"] == "fire-deaths"


def test_a_bound_by_an_event_of_a_year_takes_that_year_in(run: Any) -> None:
    """"After the 2018 festival" is after an event of 2018, which may be in 2018 too; "after 2018" is not."""
    from factcli.ask.years import year_bounds

    assert year_bounds(("after", "the", "2018", "festival")) == [("since", 2018)]
    assert year_bounds(("before", "the", "2018", "festival")) == [("until", 2018)]
    assert year_bounds(("after", "2018")) == [("after", 2018)]
