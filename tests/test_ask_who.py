"""A who-question is answered by a fact that names someone the question does not (a person, organisation, group
or country), or by a quote; "Who built the tower?" is not answered by the year it was built."""

from __future__ import annotations

import json
from typing import Any

import pytest

TOWER = """\
format: 1
sources:
  - {id: paper, title: City paper, language: en}
entities:
  - {id: tower, kind: thing, names: {en: [the tower, tower], it: [la torre, torre]}}
  - {id: rossi, kind: person, names: {en: [Ada Rossi, Rossi], it: [Ada Rossi, Rossi]}}
facts:
  - id: tower-built-1842
    type: date
    value: {date: "1842"}
    statement: {en: The tower was built in 1842., it: La torre fu costruita nel 1842.}
    entities: [tower]
    status: stated
    source: {id: paper, excerpt: built in 1842}
"""
RESTORED = TOWER + """\
  - id: rossi-restored-tower
    type: event
    value: {name: {en: the restoration, it: il restauro}}
    statement: {en: Rossi restored the tower in 2019., it: Rossi ha restaurato la torre nel 2019.}
    entities: [rossi, tower]
    status: stated
    source: {id: paper, excerpt: Rossi restored the tower}
"""


def test_a_who_question_is_not_answered_by_a_fact_naming_no_one(run: Any, write: Any) -> None:
    for question in ("Who built the tower?", "Chi ha costruito la torre?"):
        result = run("ask", question, "-f", str(write(TOWER)), "--format", "value")
        assert result.exit_code == 1 and result.stdout == "", question


def test_a_fact_naming_someone_answers_who(run: Any, write: Any) -> None:
    """The negative case: the restoration names Rossi, who restored it."""
    result = run("ask", "Who restored the tower?", "-f", str(write(RESTORED)), "--format", "json")
    assert result.exit_code == 0 and '"rossi-restored-tower"' in result.stdout


@pytest.mark.parametrize("question", ["Who said that Russia wants to develop relations?",
                                      "Chi ha detto che vogliono sviluppare le relazioni?"])
def test_the_bare_value_of_who_said_is_the_speaker(run: Any, question: str) -> None:
    """`--format value` of "Who said...?" is who said it, not the words (found by a new user's trial); "What did
    Kim say?" still gives the words."""
    assert run("ask", question, "--format", "value").stdout == "Kim Jong-un\n"
    assert run("ask", "What did Kim say about relations?", "--format", "value").stdout.startswith("Now we want")


DATED = TOWER + """\
  - id: rossi-restored-2019
    type: date
    value: {date: "2019"}
    statement: {en: Rossi restored the tower in 2019., it: Rossi ha restaurato la torre nel 2019.}
    entities: [tower, rossi]
    status: stated
    source: {id: paper, excerpt: Rossi restored the tower in 2019}
"""


def test_the_answer_to_who_is_the_person_the_fact_names(run: Any, write: Any) -> None:
    """"Who restored the tower?" answered by a date fact: `value` and the answer line give Rossi, not 2019; a
    when-question of the same fact still gives the year."""
    path = str(write(DATED))
    assert run("ask", "Who restored the tower?", "-f", path, "--format", "value").stdout == "Ada Rossi\n"
    assert run("ask", "Chi ha restaurato la torre?", "-f", path, "--format", "plain").stdout.startswith("Ada Rossi\n")
    assert run("ask", "When did Rossi restore the tower?", "-f", path, "--format", "value").stdout == "2019\n"
    # The JSON says it too, as `person` beside the fact (whose own value stays the year).
    data = json.loads(run("ask", "Who restored the tower?", "-f", path, "--format", "json").stdout)
    assert (data["person"], data["answer"]["answer"]) == ("Ada Rossi", "2019")
    assert json.loads(run("ask", "When did Rossi restore the tower?", "-f", path, "--json").stdout)["person"] is None


EXPEDITION = """\
format: 1
sources:
  - {id: book, title: Mountain book, language: en}
entities:
  - {id: rossi, kind: person, names: {en: [Carlo Rossi, the expedition leader], it: [Carlo Rossi, il capo della spedizione]}}
  - {id: expedition, kind: event, names: {en: [Alpine expedition], it: [spedizione alpina]}}
facts:
  - id: led-by-rossi
    type: event
    value: {name: {en: leadership of the expedition, it: guida della spedizione}}
    statement: {en: The Alpine expedition was led by Carlo Rossi., it: La spedizione alpina fu guidata da Carlo Rossi.}
    entities: [expedition, rossi]
    status: stated
    source: {id: book, excerpt: led by Carlo Rossi}
"""


def test_someone_named_only_by_a_description_is_who_is_asked_for(run: Any, write: Any) -> None:
    """An alias written without a capital describes: "Who was the expedition leader?" asks whom it describes."""
    for question in ("Who was the expedition leader?", "chi era il capo della spedizione alpina?"):
        result = run("ask", question, "-f", str(write(EXPEDITION)), "--format", "value")
        assert result.exit_code == 0 and "Rossi" in result.stdout, question


def test_someone_named_by_name_is_not_who_is_asked_for(run: Any, write: Any) -> None:
    """The negative case: "Who led the expedition with Carlo Rossi?" names Rossi; a fact naming only him is no answer."""
    result = run("ask", "Who led the Alpine expedition with Carlo Rossi?", "-f", str(write(EXPEDITION)), "--format", "value")
    assert result.exit_code == 1 and result.stdout == ""


DIVER = """\
format: 1
sources:
  - {id: paper, title: A paper, language: it}
entities:
  - {id: ada, kind: person, names: {it: [Ada Neri, Neri], en: [Ada Neri, Neri]}}
  - {id: statues, kind: thing, names: {it: [le statue], en: [the statues]}}
  - {id: rome, kind: place, names: {it: [Roma], en: [Rome]}}
facts:
  - id: ada-found
    type: event
    value: {name: {it: il ritrovamento, en: the find}}
    statement: {it: Ada Neri trovò le statue., en: Ada Neri found the statues.}
    entities: [ada, statues]
    status: stated
    source: {id: paper, excerpt: trovò le statue}
  - id: ada-who
    type: event
    value: {name: {it: la sub, en: the diver}}
    statement:
      it: Ada Neri era una giovane sub romana che passava le vacanze estive a esplorare i fondali del sud.
      en: Ada Neri was a young diver from Rome who spent her summer holidays exploring the southern seabed.
    entities: [ada, rome]
    status: stated
    source: {id: paper, excerpt: giovane sub romana}
"""


@pytest.mark.parametrize("question", ["Chi era Ada Neri?", "Who was Ada Neri?"])
def test_who_was_someone_is_answered_by_what_she_was(run: Any, write: Any, question: str) -> None:
    """The fact that says what she was, not one that names her among others (they tied, a new user's trial)."""
    result = run("ask", question, "-f", str(write(DIVER)), "--format", "json")
    assert result.exit_code == 0 and json.loads(result.stdout)["answer"]["id"] == "ada-who", result.stdout


def test_what_someone_did_is_still_answered_by_the_deed(run: Any, write: Any) -> None:
    """The negative case: asked what she found, the find answers."""
    result = run("ask", "Cosa trovò Ada Neri?", "-f", str(write(DIVER)), "--format", "json")
    assert result.exit_code == 0 and json.loads(result.stdout)["answer"]["id"] == "ada-found", result.stdout


SEVERAL = """\
format: 1
sources:
  - {id: paper, title: City paper, language: en}
entities:
  - {id: well, kind: thing, names: {en: [the old well], it: [il vecchio pozzo]}}
  - {id: bruni, kind: person, names: {en: [Marta Bruni, Bruni], it: [Marta Bruni, Bruni]}}
  - {id: verdi, kind: person, names: {en: [Luca Verdi, Verdi], it: [Luca Verdi, Verdi]}}
  - {id: board, kind: organisation, names: {en: [the Water Board], it: [l'Ente idrico]}}
facts:
  - id: well-source-found
    type: location
    value: {place: {en: Mill Lane, it: via del Mulino}}
    statement: {en: Bruni traced the poisoned well to Mill Lane where Verdi lived., it: Bruni trovò il pozzo avvelenato in via del Mulino dove viveva Verdi.}
    entities: [bruni, verdi, well]
    status: stated
    source: {id: paper, excerpt: Bruni traced the poisoned well}
  - id: well-sealed
    type: event
    value: {name: {en: sealing the well, it: la chiusura del pozzo}}
    statement: {en: Luca Verdi of the Water Board sealed the old well., it: Luca Verdi dell'Ente idrico chiuse il vecchio pozzo.}
    entities: [board, verdi, well]
    status: stated
    source: {id: paper, excerpt: sealed the old well}
"""


@pytest.mark.parametrize(("question", "who"), [("Who traced the poisoned well?", "Marta Bruni"),
                                               ("Chi ha trovato il pozzo avvelenato?", "Marta Bruni"),
                                               ("Who sealed the old well?", "Luca Verdi")])
def test_of_several_people_the_answer_to_who_is_the_one_who_did_it(run: Any, write: Any, question: str,
                                                                    who: str) -> None:
    """A fact naming two people, or a person and the body they work for: the bare answer is the person the
    statement names first (its subject), not the fact's place or name (found by new users' trials)."""
    assert run("ask", question, "-f", str(write(SEVERAL)), "--format", "value").stdout == who + "\n"


SESSION = TOWER.replace("facts:\n", """\
  - {id: verdi, kind: person, names: {en: [Bruno Verdi, Verdi], it: [Bruno Verdi, Verdi]}}
facts:
""") + """\
  - id: tower-session
    type: event
    value: {name: {en: the session in the tower, it: la seduta nella torre}}
    statement:
      en: At the session in the tower, Ada Rossi was in the chair and Bruno Verdi read the charter, which he had drafted.
      it: Alla seduta nella torre, Ada Rossi presiedette e Bruno Verdi lesse lo statuto, che aveva redatto.
    entities: [tower, rossi, verdi]
    status: stated
    source: {id: paper, excerpt: Ada Rossi was in the chair and Bruno Verdi read the charter}
"""


@pytest.mark.parametrize(("question", "person"), [
    ("Who read the charter?", "Bruno Verdi"),
    ("Chi lesse lo statuto?", "Bruno Verdi"),
    ("Who was in the chair at the session?", "Ada Rossi"),
    ("Chi presiedette la seduta?", "Ada Rossi"),
])
def test_of_several_people_the_answer_is_the_one_in_the_role_asked(run: Any, write: Any, question: str,
                                                                    person: str) -> None:
    """Of two people a fact names, the one it names beside the act asked about (found by a new user's trial:
    "Who read the Declaration?" gave the chairman, the first person the fact named)."""
    path = str(write(SESSION))
    data = json.loads(run("ask", question, "-f", path, "--json").stdout)
    assert (data["answer"]["id"], data["person"]) == ("tower-session", person)


BATTLE = """\
format: 1
sources:
  - {id: paper, title: City paper, language: en}
entities:
  - {id: neri, kind: person, names: {en: [Ada Neri], it: [Ada Neri]}}
  - {id: verdi, kind: person, names: {en: [Bruno Verdi], it: [Bruno Verdi]}}
  - {id: battle, kind: event, names: {en: [Battle of the Ford], it: [battaglia del Guado]}}
facts:
  - id: battle-outcome
    type: event
    value: {name: {en: Blue victory at the Ford, it: vittoria blu al Guado}}
    statement:
      en: The Battle of the Ford ended in the victory of the Blue army of Ada Neri over the Red army commanded by General Bruno Verdi.
      it: La battaglia del Guado finì con la vittoria dell'esercito blu di Ada Neri sull'esercito rosso comandato dal generale Bruno Verdi.
    entities: [battle, neri, verdi]
    status: stated
    source: {id: paper, excerpt: the Red army commanded by General Bruno Verdi}
"""


@pytest.mark.parametrize(("question", "person"), [
    ("Who commanded the Red army at the Ford?", "Bruno Verdi"),
    ("Chi comandava l'esercito rosso al Guado?", "Bruno Verdi"),
    ("Who commanded the Blue army at the Ford?", "Ada Neri"),
    ("Chi comandava l'esercito blu al Guado?", "Ada Neri"),
])
def test_the_one_done_by_after_a_title_is_who_did_it(run: Any, write: Any, question: str, person: str) -> None:
    """"Commanded by General Verdi": the one named after the act and a title did it, where what was acted on
    is what the question asks of (trial 298: the Austrian commander came back as the French one); the other
    army (the negative case) keeps the one named with it."""
    data = json.loads(run("ask", question, "-f", str(write(BATTLE)), "--json").stdout)
    assert (data["answer"]["id"], data["person"]) == ("battle-outcome", person)
