"""A name of several words that is part of a longer name ("St. Ives" of "St. Ives Harbour Authority")
may mean the longer-named thing the fact names: the short name is how people say it."""

from __future__ import annotations

import json
from typing import Any

import pytest

HARBOUR = """\
format: 1
sources:
  - {id: paper, title: City paper, language: en}
entities:
  - {id: town, kind: place, names: {en: [St. Ives], it: [St. Ives]}}
  - {id: penzance, kind: place, names: {en: [Penzance], it: [Penzance]}}
  - {id: authority, kind: organisation, names: {en: [St. Ives Harbour Authority], it: [Autorità portuale di St. Ives]}}
facts:
  - id: authority-founded
    type: date
    value: {date: "1931"}
    statement: {en: The harbour authority was founded in 1931., it: L'autorità portuale è stata fondata nel 1931.}
    entities: [authority]
    status: stated
    source: {id: paper, excerpt: founded in 1931}
  - id: penzance-fair
    type: event
    value: {name: {en: the fair, it: la fiera}}
    statement: {en: Penzance holds a fair every summer., it: Penzance ospita una fiera ogni estate.}
    entities: [penzance]
    status: stated
    source: {id: paper, excerpt: a fair every summer}
"""


def test_a_short_name_may_mean_the_longer_named_thing(run: Any, write: Any) -> None:
    result = run("ask", "when was the harbour authority at st ives founded", "-f", str(write(HARBOUR)),
                 "--format", "value")
    assert result.exit_code == 0 and result.stdout.strip() == "1931"


def test_a_name_the_fact_does_not_contain_still_must_be_named(run: Any, write: Any) -> None:
    """The negative case: Penzance is not part of any name of the things the fact names."""
    result = run("ask", "when was the harbour authority at penzance founded", "-f", str(write(HARBOUR)),
                 "--format", "value")
    assert result.exit_code == 1 and result.stdout == ""


WEEKLY = """\
format: 1
sources:
  - {id: paper, title: City paper, language: en}
entities:
  - {id: weekly, kind: organisation, names: {en: [Courier], it: [Courier]}}
  - {id: ward, kind: person, names: {en: [Ada Ward, editor of Courier], it: [Ada Ward, direttrice di Courier]}}
  - {id: daily, kind: organisation, names: {en: [the Daily, Daily], it: [il Quotidiano, Quotidiano]}}
facts:
  - id: daily-correspondents
    type: count
    value: {number: 2, unit: {en: correspondents, it: corrispondenti}}
    statement:
      en: According to Ada Ward, the Daily has only two correspondents abroad.
      it: Secondo Ada Ward, il Quotidiano ha solo due corrispondenti all'estero.
    entities: [daily, ward]
    status: stated
    source: {id: paper, excerpt: only two correspondents}
  - id: weekly-translators
    type: count
    value: {number: 12, unit: {en: translators, it: traduttori}}
    statement: {en: Twelve translators work on every issue., it: Dodici traduttori lavorano a ogni numero.}
    entities: [ward]
    tags: [courier]
    status: stated
    source: {id: paper, excerpt: Twelve translators}
"""


def test_a_thing_named_only_in_another_things_name_is_not_named_by_the_fact(run: Any, write: Any) -> None:
    """The editor's title names Courier; her words about the Daily's correspondents are not about Courier's."""
    path = str(write(WEEKLY))
    result = run("ask", "How many correspondents does Courier have?", "-f", path, "--format", "json")
    assert result.exit_code == 1 and '"answer": {' not in result.stdout
    claim = run("ask", "Claim: Courier has 40 correspondents", "-f", path, "--format", "json")
    assert '"verdict": "contradicted"' not in claim.stdout
    # Named by the curator's tag, it is named: the translators' count answers.
    tagged = run("ask", "How many translators does Courier have?", "-f", path, "--format", "value")
    assert tagged.exit_code == 0 and tagged.stdout.strip() == "12"


PUNCTURE = """\
format: 1
sources:
  - {id: paper, title: City paper, language: en}
entities:
  - {id: ada, kind: person, names: {en: [Ada Rossi, Ada], it: [Ada Rossi, Ada]}}
  - {id: arona, kind: place, names: {en: [Arona], it: [Arona]}}
facts:
  - id: ada-puncture-arona
    type: location
    value: {place: {en: Arona, it: Arona}}
    statement: {en: Ada punctured a tyre near Arona and lost the lead., it: Ada forò una gomma vicino ad Arona e perse il comando.}
    entities: [ada, arona]
    status: stated
    source: {id: paper, excerpt: punctured a tyre near Arona}
"""


def test_a_place_named_restated_answers_what_happened_there_but_not_where(run: Any, write: Any) -> None:
    """A location fact whose place is the one named answers "What happened to Ada near Arona?" with its
    statement; it does not answer "Where is Arona?" (found by a new user's trial)."""
    path = str(write(PUNCTURE))
    what = run("ask", "What happened to Ada near Arona?", "-f", path, "--format", "json")
    assert what.exit_code == 0 and '"ada-puncture-arona"' in what.stdout
    assert run("ask", "Where is Arona?", "-f", path, "--format", "json").exit_code == 1


PEAKS = """\
format: 1
sources:
  - {id: atlas, title: Atlas, language: en}
entities:
  - {id: q5, kind: place, names: {en: [Q5], it: [Q5]}}
  - {id: ridge, kind: place, names: {en: [Long Ridge], it: [Cresta Lunga]}}
facts:
  - id: q5-where
    type: location
    value: {place: {en: the Long Ridge, it: la Cresta Lunga}, country: {en: Norway, it: Norvegia}}
    statement: {en: Q5 stands on the Long Ridge in Norway., it: Il Q5 si trova sulla Cresta Lunga in Norvegia.}
    entities: [q5, ridge]
    status: stated
    source: {id: atlas, excerpt: Q5 stands on the Long Ridge}
  - id: q5-climbed
    type: date
    value: {date: "1931"}
    statement: {en: Q5 was first climbed in 1931., it: Il Q5 fu scalato per la prima volta nel 1931.}
    entities: [q5]
    status: stated
    source: {id: atlas, excerpt: first climbed in 1931}
"""


def test_a_code_of_a_letter_and_a_digit_is_a_name_to_look_up(run: Any, write: Any) -> None:
    """"Where is Q5?" names Q5, however it is typed: the question asks where the thing so named is."""
    for question in ("Where is Q5?", "dove si trova il q5"):
        result = run("ask", question, "-f", str(write(PEAKS)), "--format", "value")
        assert result.exit_code == 0 and ("Long Ridge" in result.stdout or "Cresta Lunga" in result.stdout), question


def test_a_code_no_fact_knows_is_still_refused(run: Any, write: Any) -> None:
    """The negative case: Q6 is another peak, which no fact names."""
    result = run("ask", "Where is Q6?", "-f", str(write(PEAKS)), "--format", "value")
    assert result.exit_code == 1 and result.stdout == ""


STRAIT = """\
format: 1
sources:
  - {id: atlas, title: Atlas, language: en}
entities:
  - {id: quake, kind: event, names: {en: [the Strait earthquake, Calabro-Sicilian earthquake], it: [il terremoto dello Stretto]}}
facts:
  - id: quake-date
    type: date
    value: {date: "1908-12-28"}
    statement: {en: The Strait earthquake struck on 28 December 1908., it: Il terremoto dello Stretto colpì il 28 dicembre 1908.}
    entities: [quake]
    status: stated
    source: {id: atlas, excerpt: struck on 28 December 1908}
"""


def test_a_hyphenated_word_of_a_known_name_is_known(run: Any, write: Any) -> None:
    """"Calabro-Sicilian" is part of an alias of the quake: no word of it is one no fact knows."""
    result = run("ask", "When was the Calabro-Sicilian earthquake?", "-f", str(write(STRAIT)), "--format", "value")
    assert result.exit_code == 0 and result.stdout.strip() == "1908-12-28"


def test_a_hyphenated_name_in_no_known_name_is_unknown(run: Any, write: Any) -> None:
    """The negative case: "Anglo-Sicilian" is in no name."""
    result = run("ask", "When was the Anglo-Sicilian earthquake?", "-f", str(write(STRAIT)))
    assert result.exit_code == 1 and "anglo sicilian" in result.stderr


VILLAGE = """\
format: 1
sources:
  - {id: atlas, title: Atlas, language: it}
entities:
  - {id: orti, kind: place, names: {en: [Ortì], it: [Ortì]}}
facts:
  - id: deaths
    type: count
    value: {number: 12, unit: {en: dead, it: morti}}
    statement: {en: The flood left 12 dead., it: L'alluvione causò 12 morti.}
    entities: []
    status: stated
    source: {id: atlas, excerpt: 12 morti}
"""


def test_a_slip_for_a_name_keeps_its_first_letter(run: Any, write: Any) -> None:
    """"morti" is no slip for the place Ortì, in a question or an entity lookup; "ortti" is."""
    path = str(write(VILLAGE))
    data = json.loads(run("ask", "Quanti morti causò l'alluvione?", "-f", path, "--json", "--explain").stdout)
    assert "orti" not in data["explain"]["entities"] and data["answer"]["id"] == "deaths"
    assert run("entities", "morti", "-f", path).exit_code == 1
    assert "Ortì" in run("entities", "ortti", "-f", path, "--format", "plain").stdout


SLED = """\
format: 1
sources:
  - {id: paper, title: City paper, language: en}
entities:
  - {id: cagni, kind: person, names: {en: [Marco Cagni, Cagni], it: [Marco Cagni, Cagni]}}
  - {id: russia, kind: place, names: {en: [Russia], it: [Russia]}}
  - {id: norway, kind: place, names: {en: [Norway], it: [Norvegia]}}
facts:
  - id: cagni-school-age
    type: count
    value: {number: 14, unit: {en: years, it: anni}}
    statement: {en: Cagni entered the naval school at 14., it: Cagni entrò all'accademia navale a 14 anni.}
    entities: [cagni]
    status: stated
    source: {id: paper, excerpt: at 14}
  - id: dogs-bought
    type: event
    value: {name: {en: the dogs bought, it: i cani comprati}}
    statement: {en: The sled dogs were bought in Russia., it: I cani da slitta furono comprati in Russia.}
    entities: [russia]
    status: stated
    source: {id: paper, excerpt: dogs were bought}
  - id: sledges-bought
    type: event
    value: {name: {en: the sledges bought, it: le slitte comprate}}
    statement: {en: The sledges were bought in Norway., it: Le slitte furono comprate in Norvegia.}
    entities: [norway]
    status: stated
    source: {id: paper, excerpt: sledges were bought}
  - id: ponies-sold
    type: event
    value: {name: {en: the ponies sold, it: i pony venduti}}
    statement: {en: Russian breeders sold ponies., it: Allevatori russi vendettero pony.}
    entities: []
    status: stated
    source: {id: paper, excerpt: sold ponies}
"""


@pytest.mark.parametrize(("question", "fact"), [
    ("Quanti cani?", None),
    ("Quanti anni aveva Cagi quando entrò all'accademia navale?", "cagni-school-age"),
    ("Which Russian thing was bought?", "dogs-bought"),
])
def test_a_word_the_facts_use_is_no_slip_for_a_name(run: Any, write: Any, question: str, fact: str | None) -> None:
    """"cani" (dogs) is a word of the facts: not a slip for Cagni, which it was, answering a question about the
    dogs with Cagni's age; a word that is no word of the facts ("Cagi") still is, and "Russian" is Russia's."""
    result = run("ask", question, "-f", str(write(SLED)), "--format", "json")
    got = json.loads(result.stdout)["answer"]["id"] if result.exit_code == 0 else None
    assert got == fact, result.stdout


RACE = """\
format: 1
sources:
  - {id: paper, title: City paper, language: en}
entities:
  - {id: cup-1930, kind: event, names: {en: [Coppa Avon 1930, the 1930 Coppa Avon], it: [Coppa Avon 1930]}}
  - {id: cup, kind: event, names: {en: [Coppa Avon], it: [Coppa Avon]}}
  - {id: bianchi, kind: person, names: {en: [Lia Bianchi], it: [Lia Bianchi]}}
  - {id: marque, kind: organisation, names: {en: [Fulmine Motors], it: [Fulmine Motors]}}
facts:
  - id: cup-1930-winner
    type: event
    value: {name: {en: Lia Bianchi's win, it: la vittoria di Lia Bianchi}}
    statement: {en: The 1930 Coppa Avon was won by Lia Bianchi., it: La Coppa Avon 1930 fu vinta da Lia Bianchi.}
    entities: [cup-1930, bianchi]
    status: stated
    source: {id: paper, excerpt: won by Lia Bianchi}
  - id: marque-wins
    type: count
    value: {number: 9, unit: {en: wins, it: vittorie}}
    statement: {en: Fulmine Motors won the Coppa Avon 9 times in all., it: La Fulmine Motors vinse la Coppa Avon 9 volte in tutto.}
    entities: [marque, cup]
    status: stated
    source: {id: paper, excerpt: won the Coppa Avon 9 times}
"""


@pytest.mark.parametrize("question", ["who won the 1930 Copa Avon", "Chi ha vinto la Coppa Avom 1930?"])
def test_a_name_of_several_words_with_a_slip_in_one_is_still_named(run: Any, write: Any, question: str) -> None:
    """"Copa Avon" for Coppa Avon: the rest of the name exact, one word within a slip, names the race of 1930,
    not the race in general (whose count of wins a marque holds)."""
    data = json.loads(run("ask", question, "-f", str(write(RACE)), "--format", "json").stdout)
    assert data["answer"]["id"] == "cup-1930-winner", data


def test_another_form_of_a_names_word_is_no_slip(write: Any) -> None:
    """The negative case: "Avonese" is a form of "Avon" (as "Korean" of Korea), not a slip for it."""
    from factcli import FactBase
    from factcli.index.rank import entities_in

    index = FactBase.load([str(write(RACE))]).index
    assert "cup" in entities_in(index, "the Copa Avon races")
    assert "cup" not in entities_in(index, "the Coppa Avonese races")


RIVER = """\
format: 1
sources:
  - {id: paper, title: City paper, language: en}
entities:
  - {id: river, kind: place, names: {en: [the Avon, River Avon], it: [l'Avon, il fiume Avon]}}
  - {id: bridge, kind: thing, names: {en: [Avon Bridge], it: [ponte Avon]}}
  - {id: bouch, kind: person, names: {en: [Tom Bouch, Bouch], it: [Tom Bouch, Bouch]}}
facts:
  - id: bridge-designer
    type: event
    value: {name: {en: Bouch's design, it: il progetto di Bouch}}
    statement: {en: Tom Bouch designed the Avon Bridge., it: Tom Bouch progettò il ponte Avon.}
    entities: [bridge, bouch]
    status: stated
    source: {id: paper, excerpt: designed the Avon Bridge}
  - id: river-length
    type: count
    value: {number: 80, unit: {en: km, it: km}}
    statement: {en: The Avon flows for 80 km., it: L'Avon scorre per 80 km.}
    entities: [river]
    status: stated
    source: {id: paper, excerpt: flows for 80 km}
"""


def test_a_name_that_opens_with_an_article_gives_way_to_one_as_long_that_does_not(run: Any, write: Any) -> None:
    """"the Avon Bridge": the bridge ("Avon Bridge"), not the river ("the Avon") and a word "bridge" after it."""
    data = json.loads(run("ask", "Who designed the Avon Bridge?", "-f", str(write(RIVER)), "--format", "json").stdout)
    assert data["answer"]["id"] == "bridge-designer", data
    length = json.loads(run("ask", "How many km does the Avon flow?", "-f", str(write(RIVER)), "--format", "json").stdout)
    assert length["answer"]["id"] == "river-length", length


CUP = """\
format: 1
sources:
  - {id: paper, title: City paper, language: en}
entities:
  - {id: cup-1934, kind: event, names: {en: [the 1934 World Cup], it: [i Mondiali del 1934]}}
  - {id: hosts, kind: country, names: {en: [Italy], it: [Italia]}}
facts:
  - id: hosts-won
    type: event
    value: {name: {en: the hosts' victory, it: la vittoria dei padroni di casa}}
    statement: {en: Italy won the 1934 World Cup., it: L'Italia vinse i Mondiali del 1934.}
    entities: [hosts, cup-1934]
    status: stated
    source: {id: paper, excerpt: Italy won the 1934 World Cup}
"""


def test_a_year_in_a_name_is_no_slip_for_another_year(run: Any, write: Any) -> None:
    """"the 1938 World Cup" is another tournament than "the 1934 World Cup": one digit apart is no typo."""
    path = str(write(CUP))
    other = run("ask", "Who won the 1938 World Cup?", "-f", path, "--format", "json")
    assert other.exit_code == 1 and '"answer": {' not in other.stdout, other.stdout
    same = run("ask", "Who won the 1934 World Cup?", "-f", path, "--format", "json")
    assert same.exit_code == 0 and '"id": "hosts-won"' in same.stdout, same.stdout


TOWNS = """\
format: 1
sources:
  - {id: paper, title: Valley paper, language: it}
entities:
  - {id: fosse, kind: place, names: {it: [Fosse], en: [Fosse]}}
  - {id: nove, kind: place, names: {it: [Nove], en: [Nove]}}
  - {id: flood, kind: event, names: {it: [alluvione della valle], en: [valley flood]}}
facts:
  - id: nove-deaths
    type: count
    value: {number: 11, unit: {en: deaths, it: morti}}
    statement: {en: 11 people were killed in Nove., it: A Nove morirono 11 persone.}
    entities: [nove, flood]
    status: stated
    source: {id: paper, excerpt: A Nove morirono 11 persone}
  - id: fosse-deaths
    type: count
    value: {number: 5, unit: {en: deaths, it: morti}}
    statement: {en: 5 people were killed in Fosse., it: A Fosse morirono 5 persone.}
    entities: [fosse, flood]
    status: stated
    source: {id: paper, excerpt: A Fosse morirono 5 persone}
"""


@pytest.mark.parametrize(("question", "fact"), [("How many people died in Fosse?", "fosse-deaths"),
                                                ("Quanti morti a Fosse?", "fosse-deaths"),
                                                ("morti Fosse", "fosse-deaths")])
def test_a_town_named_like_a_stop_word_is_named(run: Any, write: Any, question: str, fact: str) -> None:
    """A capitalised word inside the question that is the whole name of a place the facts name is that place, though
    it is also a stop word ("fosse", were): a new user's trial got another town's toll."""
    data = json.loads(run("ask", question, "-f", str(write(TOWNS)), "--json").stdout)
    assert data["answer"]["id"] == fact


def test_a_town_named_like_a_number_is_no_number(run: Any, write: Any) -> None:
    """"Nove" (nine) written as a town's name is no count: a claim of nine deaths there is contradicted by 11, not
    confirmed by the name; the right number is confirmed (the negative case)."""
    path = str(write(TOWNS))
    wrong = json.loads(run("ask", "Claim: 9 people died in Nove.", "-f", path, "--json").stdout)
    assert (wrong["verdict"], wrong["answer"]["id"]) == ("contradicted", "nove-deaths")
    right = json.loads(run("ask", "Claim: 11 people died in Nove.", "-f", path, "--json").stdout)
    assert right["verdict"] == "confirmed"
