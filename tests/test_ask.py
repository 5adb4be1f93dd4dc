"""`factcli ask`: the right fact or an honest abstention, measured on the question set."""

from __future__ import annotations

import json
from typing import Any

import pytest

from tests.conftest import unanswered


def test_ask_json_shape(run: Any) -> None:
    """JSON: question, lang, kind, answer (a fact object), score, alternatives."""
    data = json.loads(run("ask", "Dove si sono incontrati Putin e Kim?", "--format", "json").stdout)
    assert set(data) >= {"question", "lang", "kind", "answer", "score", "alternatives"}
    assert data["lang"] == "it" and data["kind"] == "location"
    assert data["answer"]["id"] == "summit-location-vostochny"
    assert data["answer"]["text"].startswith("Putin e Kim si sono incontrati")


def test_ask_value_and_lang_override(run: Any) -> None:
    assert run("ask", "quanti viaggi kim", "--format", "value").stdout == "9\n"
    english = json.loads(run("ask", "quanti viaggi kim", "--json", "--lang", "en").stdout)
    assert english["lang"] == "en" and "trips abroad" in english["answer"]["answer"]


def test_abstention_is_exit_1_with_no_answer(run: Any) -> None:
    result = run("ask", "When did Kim visit Japan?", "--format", "json")
    assert unanswered(result)
    assert "no fact answers that" in result.stderr


def test_an_abstention_names_the_words_no_fact_uses(run: Any) -> None:
    """The user learns why ("Japan" is in no fact), to ask otherwise or add it to the file's vocabulary; a
    refusal for another reason names no word."""
    assert run("ask", "When did Kim visit Japan?").stderr == "factcli: no fact answers that (no fact uses: Japan)\n"
    other = run("ask", "What did Kim give Putin?")
    assert other.exit_code == 1 and "no fact uses" not in other.stderr


def test_explain_shows_the_reasoning(run: Any) -> None:
    out = run("ask", "wher did putin meet kim", "--format", "plain", "--explain").stdout
    assert "explain: kind: \"location\"" in out and "candidates" in out


def test_synonyms_reach_a_second_step() -> None:
    """A table entry need not list every form: 'visti' (seen) reaches 'meeting' and 'summit' through 'met'."""
    from factcli import FactBase
    from factcli.index.synonyms import synonyms

    found = dict(synonyms(FactBase.load().index, "visti"))
    assert found["met"] == 0.9 and found["summit"] == 0.8 and found["meeting"] == 0.8
    assert "visti" not in found


def test_a_word_naming_two_entities_makes_both_the_subject(run: Any) -> None:
    """'Moscow' is the city and Russia: what Moscow wants is what Russia wants, not what Kim wants from it."""
    data = json.loads(run("ask", "What weapons is Moscow looking for?", "--format", "json").stdout)
    assert data["answer"]["id"] == "russia-seeks-shells-and-missiles"


def test_how_is_answered_by_the_means(run: Any) -> None:
    """A manner question prefers the fact that names a means ('in treno'), over one that only shares words."""
    data = json.loads(run("ask", "Con quale mezzo ha viaggiato Kim?", "--format", "json").stdout)
    assert data["kind"] == "manner" and data["answer"]["id"] == "kim-travelled-by-train"


def _unanswered(result: Any) -> bool:
    """Exit 1 and no answer: stdout empty, or (a claim's "not in the facts") an object whose answer is null."""
    return bool(result.exit_code == 1 and (result.stdout == "" or json.loads(result.stdout)["answer"] is None))


def test_a_destination_must_be_in_the_facts_own_words(run: Any) -> None:
    """'Putin visited North Korea' is not answered by a fact about Kim (whose aliases name North Korea)."""
    result = run("ask", "Is it true that Putin visited North Korea in 2023?", "--format", "json")
    assert _unanswered(result)


@pytest.mark.parametrize("question", ["What did the UN say about the summit?", "How long did the Vostochny summit last?"])
def test_acronyms_and_durations_are_not_dropped_as_noise(run: Any, question: str) -> None:
    """'UN' is a name although 'un' is an Italian article; a trailing 'last' asks a duration: both abstain here."""
    result = run("ask", question, "--format", "json")
    assert unanswered(result)


def test_one_everyday_unknown_word_is_tolerated_but_not_a_name_or_a_number(run: Any) -> None:
    """'incredibly' is no fact's word, but the rest is all in one fact; 'Japan' or '2022' still abstain."""
    data = json.loads(run("ask", "Kim's incredibly long trip abroad", "--format", "json").stdout)
    assert data["answer"]["id"] == "longest-trip-abroad"
    for question in ("When did Kim visit Japan?", "Was the summit held in Moscow in 2022?"):
        assert _unanswered(run("ask", question, "--format", "json")), question


def test_a_name_that_only_says_when_need_not_be_in_the_answer(run: Any) -> None:
    """'after Kim' dates the question; the Sochi fact names Putin and Lukashenko, which is what it asks.
    With only one other name the qualifier still counts: 'after Hanoi' is not answered by any Kim-Trump place."""
    data = json.loads(run("ask", "Where did Putin meet Lukashenko after Kim?", "--format", "json").stdout)
    assert data["answer"]["id"] == "lukashenko-putin-sochi"
    result = run("ask", "Where did Kim meet Trump after Hanoi?", "--format", "json")
    assert unanswered(result)


def test_who_said_is_not_limited_to_the_quotes_of_the_person_talked_about(run: Any) -> None:
    """'Chi ha detto che Kim...': Kim is the topic; Putin said it."""
    data = json.loads(run("ask", "Chi ha detto che Kim mostra grande interesse per lo spazio?", "--format", "json").stdout)
    assert data["answer"]["id"] == "putin-quote-kim-space-interest"


def test_a_related_entity_stands_in_only_when_nothing_names_the_one_asked_about(run: Any) -> None:
    """North Korea (in Kim's title) stands in for Kim when no fact fits otherwise, never ahead of one that does."""
    data = json.loads(run("ask", "Is Russia going to share secret technology with Kim?", "--format", "json").stdout)
    assert data["answer"]["id"] == "unclear-if-russia-shares-technology"
    data = json.loads(run("ask", "Cosa chiede Kim in cambio?", "--format", "json").stdout)
    # (Refused since a tie of facts that each leave words unsaid is a guess: never Russia's demands.)
    assert (data["answer"] or {}).get("id") != "russia-seeks-shells-and-missiles"


def test_a_hyphenated_name_is_still_a_name(run: Any) -> None:
    """'Putin-Biden': Biden is a name no fact knows, so the question abstains."""
    result = run("ask", "Dove si è tenuto il vertice Putin-Biden?", "--format", "json")
    assert unanswered(result)


def test_how_long_in_power_is_answered_by_the_date_it_began(run: Any) -> None:
    """No count says how long; the date Kim came to power does. A plain count question still gets a count."""
    data = json.loads(run("ask", "How long has Kim Jong-un been in power?", "--format", "json").stdout)
    assert data["answer"]["id"] in ("kim-came-to-power-end-2011", "kim-supreme-leader-2011")
    data = json.loads(run("ask", "Quanti anni sono passati dal vertice di Hanoi?", "--format", "json").stdout)
    assert data["kind"] == "count" and data["answer"]["type"] == "count"


def test_the_unknown_word_a_who_question_asks_about_is_not_tolerated(run: Any) -> None:
    """'Chi è il ministro degli esteri russo?': the minister is what is asked; no fact knows one."""
    result = run("ask", "Chi è il ministro degli esteri russo?", "--format", "json")
    assert unanswered(result)


def test_a_kind_guessed_from_a_noun_alone_does_not_rule_out_the_answer(run: Any) -> None:
    """'...this year?' does not make a date question when nothing asks 'when': the count answers it."""
    question = "Sochi was which meeting between Putin and Lukashenko this year?"
    data = json.loads(run("ask", question, "--format", "json").stdout)
    assert data["answer"]["id"] == "lukashenko-putin-seventh-meeting"


def test_a_hyphenated_name_that_is_not_known_is_not_a_known_one(run: Any) -> None:
    """'Kim Jong-il' is not Kim Jong-un ('il' is only an Italian article elsewhere); 'Putin-Kim' is two known names."""
    result = run("ask", "When did Putin first meet Kim Jong-il?", "--format", "json")
    assert unanswered(result)
    assert run("ask", "Where was the Putin-Kim summit?", "--format", "json").exit_code == 0


def test_a_trailing_since_asks_for_a_date(run: Any) -> None:
    """'kim al potere dal' (Italian, though few words say so) and 'kim in power since' ask for the date it began."""
    for question in ("kim al potere dal", "kim in power since"):
        data = json.loads(run("ask", question, "--json").stdout)
        assert data["kind"] == "date" and data["answer"]["id"] == "kim-came-to-power-end-2011", question
    assert json.loads(run("ask", "kim al potere dal", "--json").stdout)["lang"] == "it"


def test_how_long_it_lasted_is_a_duration_in_both_languages(run: Any) -> None:
    """No fact gives the summit's length: 'durato' must not reach 'during' (a stopword now) nor a count of years."""
    for question in ("How long did the summit last?", "Quanto è durato il vertice tra Putin e Kim?"):
        result = run("ask", question, "--json")
        assert unanswered(result), question
    data = json.loads(run("ask", "Putin e Kim non si vedevano da quanto?", "--json").stdout)
    assert data["answer"]["id"] == "first-meeting-in-four-years"


def test_the_unknown_first_word_of_a_what_question_only_frames_it(run: Any) -> None:
    """'What was the gist of...' asks about the talks; 'Who was the interpreter at...' asks for a person no fact names."""
    data = json.loads(run("ask", "What was the gist of the closed-door talks?", "--json").stdout)
    assert data["answer"]["id"] == "closed-door-talks"
    assert run("ask", "Who was the interpreter at the closed-door talks?", "--json").exit_code == 1


def test_a_noun_that_only_guessed_the_kind_is_a_topic_word_again(run: Any) -> None:
    """'venue' made a location question; when no place answers, the venue is what the question is about."""
    data = json.loads(run("ask", "What did the venue show about Kim's wishes?", "--json").stdout)
    assert data["answer"]["id"] == "site-shows-kim-space-wish"


@pytest.mark.parametrize("question", ["In quale regione si trova il cosmodromo di Vostochny?",
                                      "In which region is Vostochny?"])
def test_a_region_question_prefers_a_place_called_a_region(run: Any, question: str) -> None:
    """'Amur region' answers 'which region' more directly than 'Russian Far East'."""
    data = json.loads(run("ask", question, "--json").stdout)
    assert data["answer"]["id"] == "summit-location-vostochny"
    assert "Amur" in data["answer"]["answer"]


SPAN = """\
format: 1
sources:
  - {id: log, title: Bridge log, language: en}
entities:
  - {id: bridge, kind: place, names: {en: [the Narrows bridge], it: [il ponte degli Stretti]}}
facts:
  - id: bridge-place
    type: location
    value: {place: {en: the Narrows, it: gli Stretti}, country: {en: United States, it: Stati Uniti}}
    statement: {en: The Narrows bridge spanned the Narrows., it: Il ponte degli Stretti attraversava gli Stretti.}
    entities: [bridge]
    status: stated
    source: {id: log, excerpt: spanned the Narrows}
"""


@pytest.mark.parametrize(("question", "code"), [("Dove si trovava il ponte degli Stretti?", 0),
                                                 ("Dove si trova il ponte degli Stretti?", 0),
                                                 ("Dove è stato trovato il ponte degli Stretti?", 1)])
def test_si_trovava_asks_where_as_si_trova_does(run: Any, write: Any, question: str, code: int) -> None:
    """"si trovava" (was located) asks a place as "si trova" does; it was a word no fact says, and so refused (a
    new user's trial). "trovato" (found) is no such word: no fact says it, so no answer."""
    out = run("ask", question, "-f", str(write(SPAN)), "--format", "value")
    assert out.exit_code == code and out.stdout == ("gli Stretti\n" if code == 0 else "")


def test_a_refusal_names_the_words_the_nearest_fact_does_not_say(run: Any, write: Any) -> None:
    """"Where did the Narrows bridge open?": the one place fact does not say "open" (another fact does): the
    refusal names that fact and the word as written, on stderr and in json's reason; a word no fact uses is
    named as before."""
    opened = SPAN + """\
  - id: bridge-opened
    type: date
    value: {date: "1940"}
    statement: {en: The Narrows bridge opened in 1940., it: Il ponte degli Stretti aprì nel 1940.}
    entities: [bridge]
    status: stated
    source: {id: log, excerpt: opened in 1940}
"""
    path = str(write(opened))
    out = run("ask", "Where did the Narrows bridge open?", "-f", path)
    assert out.exit_code == 1 and out.stdout == ""
    assert "no fact answers that (the nearest fact, bridge-place, does not say: open)" in out.stderr
    data = json.loads(run("ask", "Where did the Narrows bridge open?", "-f", path, "--json").stdout)
    assert data["reason"] == "no fact answers that (the nearest fact, bridge-place, does not say: open)"
    assert "(no fact uses: collapse)" in run("ask", "Where did the Narrows bridge collapse?", "-f", path).stderr


DIED_IN = """\
format: 1
sources:
  - {id: paper, title: City paper, language: en}
entities:
  - {id: ada, kind: person, names: {en: [Ada Neri], it: [Ada Neri]}}
  - {id: oslo, kind: place, names: {en: [Oslo], it: [Oslo]}}
  - {id: rome, kind: place, names: {en: [Rome], it: [Roma]}}
  - {id: norway, kind: country, names: {en: [Norway], it: [Norvegia]}}
facts:
  - id: ada-died
    type: date
    value: {date: "1900"}
    statement: {en: Ada Neri died in Oslo in 1900., it: Ada Neri morì a Oslo nel 1900.}
    entities: [ada, oslo, norway]
    status: stated
    source: {id: paper, excerpt: died in Oslo in 1900}
  - id: ada-second-book
    type: date
    value: {date: "1880"}
    statement: {en: Ada Neri published a book of poems in Rome in 1880., it: Ada Neri pubblicò un libro di poesie a Roma nel 1880.}
    entities: [ada, rome]
    status: stated
    source: {id: paper, excerpt: book of poems in Rome}
  - id: ada-archive
    type: date
    value: {date: "1950"}
    statement: {en: "The archive of Ada Neri, now located in a library, was opened in Oslo in 1950.",
                it: "L'archivio di Ada Neri, che oggi si trova in una biblioteca, fu aperto a Oslo nel 1950."}
    entities: [ada, oslo]
    status: stated
    source: {id: paper, excerpt: opened in Oslo in 1950}
"""


@pytest.mark.parametrize(("question", "answer"), [
    ("Where did Ada Neri die?", ("ada-died", "Oslo")), ("Dove morì Ada Neri?", ("ada-died", "Oslo")),
    ("Where did Ada Neri publish her book of poems?", ("ada-second-book", "Rome")),
    ("Where did Ada Neri publish her first book?", None),  # the fact gives no rank
    ("Dove si trova l'archivio di Ada Neri?", None),  # where a thing lies only a place fact says
    ("Where did Ada Neri marry?", None),  # no fact says it
])
def test_a_where_question_is_answered_by_the_place_a_fact_says_it_happened_in(
        run: Any, write: Any, question: str, answer: tuple[str, str] | None) -> None:
    """No place fact says where Ada died, but "Ada Neri died in Oslo in 1900" does: the answer is Oslo (json's
    `place`, the bare value), the date fact its evidence; a fact that does not answer all of the question, or
    a question of where a thing lies, gets no such answer."""
    path = str(write(DIED_IN))
    data = json.loads(run("ask", question, "-f", path, "--json").stdout)
    if answer is None:
        assert data["answer"] is None, data["answer"]
        return
    assert (data["answer"]["id"], data["place"]) == answer
    assert run("ask", question, "-f", path, "--format", "value").stdout == f"{answer[1]}\n"


SAYINGS = """\
format: 1
sources:
  - {id: log, title: Radio log, language: en}
entities:
  - {id: ada, kind: person, names: {en: [Ada Neri], it: [Ada Neri]}}
  - {id: bruno, kind: person, names: {en: [Bruno Rossi], it: [Bruno Rossi]}}
facts:
  - id: ada-this-is-it
    type: quote
    value: {text: "Here! Here! This is it!", lang: en, speaker: ada, translation: {it: "Qui! Qui! Ci siamo!"}}
    statement:
      en: 'Ada Neri radioed "Here! Here! This is it!"'
      it: 'Ada Neri disse via radio "Qui! Qui! Ci siamo!"'
    entities: [ada]
    status: stated
    source: {id: log, excerpt: This is it}
  - id: bruno-it-was
    type: quote
    value: {text: "Is it over? It was what it was.", lang: en, speaker: bruno}
    statement:
      en: 'Bruno Rossi said "Is it over? It was what it was."'
      it: 'Bruno Rossi disse "Is it over? It was what it was."'
    entities: [bruno]
    status: stated
    source: {id: log, excerpt: It was what it was}
"""


@pytest.mark.parametrize(("question", "speaker"), [
    ("Who said 'This is it'?", "Ada Neri"), ("Chi ha detto «ci siamo»?", "Ada Neri"),
    ('Who said "it was what it was"?', "Bruno Rossi"),
    ("Who said 'is it'?", None),  # in both quotes: which one is not known
    ("Who said 'that is all'?", None),  # in neither
])
def test_a_quote_of_function_words_is_found_by_its_own_text(run: Any, write: Any, question: str,
                                                           speaker: str | None) -> None:
    """Words in quotation marks that are all function words ("This is it") are found in the one quote that says
    them in a row, or its translation (the ranking keeps no such word: it was "names nothing", a new user's
    trial); in none or in two, no answer."""
    out = run("ask", question, "-f", str(write(SAYINGS)), "--format", "value")
    assert (out.exit_code, out.stdout) == ((0, f"{speaker}\n") if speaker else (1, ""))


PROBES = """\
format: 1
sources:
  - {id: log, title: Space log, language: en}
entities:
  - {id: probe-3, kind: thing, names: {en: [Probe 3], it: [Probe 3]}}
  - {id: probe-4, kind: thing, names: {en: [Probe 4], it: [Probe 4]}}
facts:
  - id: probe-4-rocket
    type: event
    value: {name: {en: launch on a Titan T-3 rocket, it: lancio su un razzo Titan T-3}}
    statement: {en: The rocket that carried Probe 4 into space was a Titan T-3., it: Il razzo che portò Probe 4 nello spazio era un Titan T-3.}
    entities: [probe-4]
    status: stated
    source: {id: log, excerpt: Titan T-3}
  - id: probe-3-lost
    type: event
    value: {name: {en: Probe 3 lost, it: Probe 3 perduta}}
    statement: {en: Probe 3 was lost soon after launch., it: Probe 3 andò perduta poco dopo il lancio.}
    entities: [probe-3]
    status: stated
    source: {id: log, excerpt: lost}
"""


@pytest.mark.parametrize(("question", "expected"), [
    ("Which rocket carried Probe 3?", None),  # "Probe" and the "3" of "T-3" are not Probe 3
    ("Quale razzo portò Probe 3 nello spazio?", None),
    ("Which rocket carried Probe 4?", "probe-4-rocket"),
])
def test_a_name_with_a_number_is_said_whole(run: Any, write: Any, question: str, expected: str | None) -> None:
    """A name with a number tells two things apart: a fact about Probe 4 with a "T-3" in it does not answer
    about Probe 3 (it did, a new user's trial, for "Mariner 3")."""
    data = json.loads(run("ask", question, "-f", str(write(PROBES)), "--json").stdout)
    assert (data["answer"]["id"] if data["answer"] else None) == expected, data["answer"]


APPROACH = """\
format: 1
sources:
  - {id: log, title: Space log, language: it}
entities:
  - {id: probe, kind: thing, names: {en: [Probe 4], it: [Probe 4]}}
facts:
  - id: approach-distance
    type: count
    value: {number: 9846, unit: {en: kilometres, it: chilometri}}
    statement: {en: "At closest approach Probe 4 passed 9,846 kilometres from Mars.",
                it: "Al massimo avvicinamento Probe 4 passò a 9.846 chilometri da Marte."}
    entities: [probe]
    status: stated
    source: {id: log, excerpt: 9.846 chilometri}
  - id: approach-time
    type: date
    value: {date: "1965-07-15"}
    statement: {en: Probe 4 made its closest approach at 01:00 UT on 15 July 1965., it: Probe 4 raggiunse il massimo avvicinamento alle 01:00 UT del 15 luglio 1965.}
    entities: [probe]
    status: stated
    source: {id: log, excerpt: 01:00 UT}
"""


def test_what_time_is_not_answered_by_a_number_with_thousands(run: Any, write: Any) -> None:
    """"9.846 chilometri" says no time of day (it was read as 9.84, and "What time was closest approach?" got the
    distance, a new user's trial): the fact that says 01:00 answers."""
    out = run("ask", "What time was closest approach of Probe 4?", "-f", str(write(APPROACH)), "--format", "value")
    assert (out.exit_code, out.stdout) == (0, "01:00 UT\n")


def test_a_where_after_a_noun_is_a_relative_clause_not_the_question() -> None:
    """'What happened when Kim arrived?' asks what, not when; 'Tell me where they met' asks where."""
    from factcli.ask.question import parse

    assert parse("What happened when Kim arrived?").kind == "entity"
    assert parse("tell me where putin and kim met").kind == "location"


def test_for_how_many_years_needs_a_count_of_that_very_thing(run: Any) -> None:
    """'Da quanti anni Kim è al potere?': no count of years says it (four years after Hanoi is another
    thing), so the date his power began answers."""
    data = json.loads(run("ask", "Da quanti anni Kim è al potere?", "--json").stdout)
    assert data["answer"]["id"] in ("kim-came-to-power-end-2011", "kim-supreme-leader-2011")


def test_how_did_x_call_y_asks_for_a_quote(run: Any) -> None:
    """'Come ha definito Kim la lotta del Cremlino?' is answered by what Kim said."""
    data = json.loads(run("ask", "Come ha definito Kim la lotta del Cremlino?", "--json").stdout)
    assert data["kind"] == "quote" and data["answer"]["id"] == "kim-quote-sacred-struggle"


def test_of_two_facts_scored_about_the_same_the_one_saying_more_of_the_question_wins(run: Any) -> None:
    """Both facts tell of Soviet support in the Korean War; only one says what it was the basis for."""
    question = "What was the Soviet Union's support in the Korean War the basis for?"
    assert json.loads(run("ask", question, "--json").stdout)["answer"]["id"] == "support-laid-diplomatic-foundations"


def test_a_which_question_needs_the_thing_it_asks_for(run: Any) -> None:
    """'Which Russian city...' is not answered by a fact naming no city; 'Which country...' is answered
    by a fact naming a country the question did not."""
    assert run("ask", "Which Russian city did Kim visit after Vostochny?", "--json").exit_code == 1
    question = "Which country did Lukashenko want in a partnership with Russia?"
    assert json.loads(run("ask", question, "--json").stdout)["answer"]["id"] == "lukashenko-trilateral-partnership"


def test_a_question_naming_a_year_prefers_the_date_of_that_year(run: Any) -> None:
    """'Kim, 2011: cosa è successo?': the date that is 2011 (he came to power), not a count since 2011."""
    data = json.loads(run("ask", "Kim, 2011: cosa è successo?", "--json").stdout)
    assert data["answer"]["id"] in ("kim-came-to-power-end-2011", "kim-supreme-leader-2011")


def test_a_related_entity_standing_in_needs_more_of_the_question(run: Any) -> None:
    """'Where is the DPRK's nuclear site?': Kim's facts stand for North Korea, but one saying only 'site' is not enough."""
    assert run("ask", "Where is the DPRK's nuclear site?", "--json").exit_code == 1


def test_how_long_needs_a_count_of_time_about_that_very_thing(run: Any) -> None:
    """Four years since Hanoi is a count of time, but not of Kim running North Korea: only his aliases say 'leader'."""
    data = json.loads(run("ask", "How long has Kim been running North Korea?", "--json").stdout)
    assert data["answer"]["id"] != "four-years-after-hanoi"


def test_a_city_as_destination_is_the_city_not_its_country(run: Any) -> None:
    """'Mosca' names Moscow and, by metonymy, Russia; but Kim went to Russia, not to Moscow."""
    assert run("ask", "Kim ha visitato Mosca questa volta?", "--json").exit_code == 1
    assert run("ask", "Quando Putin visiterà Pyongyang?", "--json").exit_code == 1  # any form of visiting


def test_an_unknown_word_and_a_stand_in_entity_are_one_stretch_too_many(run: Any) -> None:
    """'promise' is in no fact, and only Russia (for Putin) is in the submarines fact: abstain."""
    assert run("ask", "Did Putin promise to give Kim nuclear submarines?", "--json").exit_code == 1


def test_a_journey_asked_about_needs_a_fact_that_tells_of_one(run: Any) -> None:
    """'Is Lukashenko going to Pyongyang?' is not answered by his proposal of a partnership with North Korea;
    'Is Russia going to share...' is no journey at all."""
    assert run("ask", "Is Lukashenko going to Pyongyang?", "--json").exit_code == 1
    assert run("ask", "Did Kim go to Moscow this time?", "--json").exit_code == 1
    data = json.loads(run("ask", "Is Russia going to share secret technology with Kim?", "--json").stdout)
    assert data["answer"]["id"] == "unclear-if-russia-shares-technology"


def test_a_quote_question_that_names_no_speaker_may_be_answered_by_any_fact(run: Any) -> None:
    """'What was said behind closed doors?' has no one to quote; 'What did Washington say...' has, and no quote."""
    data = json.loads(run("ask", "Is anything known about what was said behind closed doors?", "--json").stdout)
    assert data["answer"]["id"] == "closed-door-talks"
    assert run("ask", "What did Washington say about the summit?", "--json").exit_code == 1


def test_when_may_be_answered_by_an_event_that_says_when_in_its_own_words(run: Any) -> None:
    """No date tells when personal ties grew; the event placed in the 21st century does. 'When did Putin
    become president?' is not answered by it: 'president' is only in Putin's title, not in the fact."""
    question = "When did personal contacts between Russian and North Korean leaders become important?"
    assert json.loads(run("ask", question, "--json").stdout)["answer"]["id"] == "personal-ties-21st-century"
    assert run("ask", "When did Putin become president?", "--json").exit_code == 1


def test_what_is_a_place_is_answered_by_the_fact_that_locates_it(run: Any) -> None:
    """'Cos'è Sochi?': the resort city on the Black Sea, not a summit that happened there."""
    assert json.loads(run("ask", "Cos'è Sochi?", "--json").stdout)["answer"]["id"] == "lukashenko-putin-sochi"


def test_where_is_x_needs_x_itself_not_the_country_it_may_stand_for(run: Any) -> None:
    """The Kremlin is also a name for Russia, but no fact says in which city the Kremlin is."""
    assert run("ask", "In che città si trova il Cremlino?", "--json").exit_code == 1
    data = json.loads(run("ask", "When did the Vostochny summit take place?", "--json").stdout)
    assert data["answer"]["id"] == "vostochny-summit-2023"  # and Kim does not stand for the summit


def test_a_count_is_never_answered_through_a_stand_in(run: Any) -> None:
    """'Quanti viaggi ha fatto Putin?' is not answered by Kim's trips to Russia, though Putin stands for Russia."""
    assert run("ask", "Quanti viaggi ha fatto Putin nel 2023?", "--json").exit_code == 1


def test_an_unknown_word_ending_like_a_known_one_is_a_contrast_not_noise(run: Any) -> None:
    """'bilateral' is in no fact, but 'trilateral' is: the question asks about something else."""
    assert run("ask", "Who was interested in a bilateral partnership?", "--json").exit_code == 1
    data = json.loads(run("ask", "Who was interested in a trilateral partnership?", "--json").stdout)
    assert data["answer"]["id"] == "lukashenko-trilateral-partnership"


def test_when_may_be_answered_by_an_event_during_another(run: Any) -> None:
    """'When did the Soviet Union support North Korea?': during the Korean War, as the event says."""
    data = json.loads(run("ask", "When did the Soviet Union support North Korea?", "--json").stdout)
    assert data["answer"]["id"] in ("soviet-support-korean-war", "support-laid-diplomatic-foundations")
    assert run("ask", "When was the Korean War?", "--json").exit_code == 1


def test_a_month_narrows_but_does_not_block_and_an_unknown_speaker_is_not_let_pass(run: Any) -> None:
    """The facts give years: 'in September' is let pass. 'what did biden say': Biden is no one the facts know."""
    question = "Where did Putin and Kim Jong Un meet in September?"
    assert json.loads(run("ask", question, "--json").stdout)["answer"]["id"] == "summit-location-vostochny"
    assert run("ask", "what did biden say about the summit", "--json").exit_code == 1


@pytest.mark.parametrize("question,expected", [
    ("Why did Kim go to Russia?", ("kim-seeks-weapons-tech-and-food", "site-shows-kim-space-wish")),
    ("Why did the summit happen at a spaceport?", ("site-shows-kim-space-wish", "putin-quote-why-we-came",
                                                   "pyongyang-space-ambitions")),
])
def test_a_why_question_prefers_a_fact_that_gives_a_reason(run: Any, question: str, expected: tuple[str, ...]) -> None:
    """A hope, a wish, an aim or a 'because' answers 'why'; the going itself ('his second trip') does not."""
    assert json.loads(run("ask", question, "--json").stdout)["answer"]["id"] in expected


def test_a_count_asks_for_the_noun_after_how_many_and_filler_does_not_rank(run: Any) -> None:
    """'How many foreign trips has Kim taken': a count of trips, not of countries (whose fact says 'taken')."""
    data = json.loads(run("ask", "How many foreign trips has Kim taken since 2011?", "--json").stdout)
    assert data["answer"]["id"] == "kim-nine-trips-abroad"


def test_an_action_no_word_of_the_question_can_look_up_is_not_answered(run: Any) -> None:
    """'What did Kim give Putin?' names only the two men; 'What did the USSR do during the Korean War?' is open."""
    assert run("ask", "What did Kim give Putin?", "--json").exit_code == 1
    assert run("ask", "What did the USSR do during the Korean War?", "--json").exit_code == 0


def test_a_why_question_prefers_a_reason_even_through_a_stand_in(run: Any) -> None:
    """'Perché Putin e Kim si sono visti in un cosmodromo?': the facts naming both men only say where; the
    one that gives the reason (Kim's wish for space technology) names Russia and Kim."""
    data = json.loads(run("ask", "Perché Putin e Kim si sono visti in un cosmodromo?", "--json").stdout)
    assert data["answer"]["id"] in ("site-shows-kim-space-wish", "putin-quote-why-we-came", "pyongyang-space-ambitions")


def test_what_besides_rules_out_is_not_an_answer(run: Any) -> None:
    """'Besides Trump, which US president has Kim met?': only Trump is known; 'Oltre a Sochi, dove...': only Sochi."""
    assert run("ask", "Besides Trump, which US president has Kim met?", "--json").exit_code == 1
    assert run("ask", "Oltre a Sochi, dove ha incontrato Putin Lukashenko?", "--json").exit_code == 1
    assert json.loads(run("ask", "Didn't Kim take a plane to Russia?", "--json").stdout)["answer"]["id"] == \
        "kim-travelled-by-train"


def test_an_unknown_word_next_to_part_of_a_name_makes_another_name(run: Any) -> None:
    """'south korea' typed without capitals: 'south' is no everyday word to let pass, but a name no fact knows."""
    assert run("ask", "who is the leader of south korea", "--json").exit_code == 1
    assert json.loads(run("ask", "Quanti paesi ha visitato Kim finora?", "--json").stdout)["answer"]["id"] == \
        "kim-five-countries-visited"


def test_a_meeting_of_two_is_not_one_a_third_person_had(run: Any) -> None:
    """'lukashenko kim incontro': Lukashenko met Putin, right after Putin met Kim; no fact says he met Kim."""
    assert run("ask", "lukashenko kim incontro", "--json").exit_code == 1
    assert run("ask", "Did Kim meet Lukashenko?", "--json").exit_code == 1
    data = json.loads(run("ask", "Dove si sono incontrati Lukashenko e Putin?", "--json").stdout)
    assert data["answer"]["id"] == "lukashenko-putin-sochi"


def test_words_in_quotation_marks_must_be_a_quotes_own(run: Any) -> None:
    """'Chi ha detto «armi nucleari»?': no one is quoted saying it, though a fact mentions nuclear weapons."""
    assert run("ask", "Chi ha detto «armi nucleari»?", "--json").exit_code == 1
    assert json.loads(run("ask", "Chi ha parlato di «sacra lotta»?", "--json").stdout)["answer"]["id"] == \
        "kim-quote-sacred-struggle"


def test_a_leading_clause_sets_the_scene_and_the_last_one_asks() -> None:
    """'When Kim went to Russia, ..., how did he travel?' asks how, not when; 'When did Kim take office,
    which month?' still asks when (a short last clause only adds to the first)."""
    from factcli.ask.question import parse

    assert parse("When Kim went to Russia, which took a long time, how did he travel?").kind == "manner"
    assert parse("When exactly did Kim become supreme leader, which month?").kind == "date"


def test_the_subject_is_named_in_the_clause_that_asks(run: Any) -> None:
    """'When a journalist asked about satellites, what did Putin reply?': Putin's words, not the journalist's."""
    question = "When a journalist asked whether Russia would help with satellites, what did Putin reply?"
    assert json.loads(run("ask", question, "--json").stdout)["answer"]["id"] == "putin-quote-why-we-came"
    assert run("ask", "If the summit was in 2023, when will the next one be?", "--json").exit_code == 1
    data = json.loads(run("ask", "Dopo il vertice con Kim, Putin dove ha incontrato Lukashenko?", "--json").stdout)
    assert data["answer"]["id"] in ("lukashenko-putin-sochi", "sochi-summit-right-after")


def test_a_kind_asked_outright_beats_one_a_noun_guessed() -> None:
    """'Where did Lukashenko and Putin meet this year?' asks where; 'this year' only dates it."""
    from factcli.ask.question import parse

    assert parse("Where did Lukashenko and Putin meet this year?").kind == "location"
    assert parse("What year did Kim take power?").kind == "date"


def test_the_person_asked_about_is_not_stood_in_for_by_a_country(run: Any) -> None:
    """'What did Putin propose to Lukashenko?' is not answered by what Lukashenko proposed to Russia;
    'Pyongyang's wish list from Moscow?' is answered by what Kim hoped for (a leader stands for his country)."""
    assert run("ask", "What did Putin propose to Lukashenko?", "--json").exit_code == 1
    assert json.loads(run("ask", "Pyongyang's wish list from Moscow?", "--json").stdout)["answer"]["id"] in (
        "north-korea-seeks-satellites-and-submarines", "site-shows-kim-space-wish", "kim-seeks-weapons-tech-and-food")


def test_how_long_something_lasted_is_not_the_time_since_nor_its_date(run: Any) -> None:
    """'How long was the summit?': no fact says; the four years since the previous meeting and the 2023
    date are not answers. 'How many years between the Hanoi summit and this one?' is the time since."""
    assert run("ask", "How long was the summit?", "--json").exit_code == 1
    data = json.loads(run("ask", "How many years between the Hanoi summit and this one?", "--json").stdout)
    assert data["answer"]["id"] in ("four-years-after-hanoi", "first-meeting-in-four-years")


def test_speed_is_not_speeding_up(run: Any) -> None:
    """'Kim's train: speed?' asks how fast, which no fact says; 'sped up' is the war accelerating the alliance."""
    assert run("ask", "Kim's train: speed?", "--json").exit_code == 1
    assert json.loads(run("ask", "What sped up Kim's alliance with Moscow?", "--json").stdout)["answer"]["id"] == \
        "shift-accelerated-by-ukraine-war"


def test_a_claim_not_in_the_facts_is_still_data_on_stdout(run: Any) -> None:
    """"not in the facts" is a verdict: json and plain print it (exit 1 all the same), as `ask -` does; an open
    question no fact answers prints nothing (found by a new user's trial)."""
    claim = run("ask", "Claim: Kim visited Japan in 2019", "--format", "json")
    data = json.loads(claim.stdout)
    assert claim.exit_code == 1 and data["verdict"] == "not in the facts" and data["answer"] is None
    plain = run("ask", "Claim: Kim visited Japan in 2019", "--format", "plain")
    assert (plain.exit_code, plain.stdout) == (1, "not in the facts\n")
    assert run("ask", "When did Kim visit Japan?", "--format", "plain").stdout == ""


def test_a_question_no_fact_answers_is_an_object_in_the_structured_formats(run: Any) -> None:
    """json, jsonl and yaml print the object with a null answer, its reason and the nearest facts (exit 1), as
    each line of `ask -` does: a script reads one shape; value, csv and plain print nothing (found by trials)."""
    result = run("ask", "When did Kim visit Japan?", "--format", "json")
    data = json.loads(result.stdout)
    assert result.exit_code == 1 and data["answer"] is None and "Japan" in data["reason"] and data["alternatives"]
    line = run("ask", "When did Kim visit Japan?", "--format", "jsonl")
    assert line.exit_code == 1 and json.loads(line.stdout)["answer"] is None
    for fmt in ("value", "csv", "plain"):
        assert run("ask", "When did Kim visit Japan?", "--format", fmt).stdout == "", fmt


def test_a_question_of_no_telling_language_is_answered_in_the_users(run: Any) -> None:
    """A bare name tells no language: the answer is in the user's ($FACTCLI_LANG); a question that tells its
    own is answered in it whatever the user's."""
    it = run("ask", "Vostochny", "--format", "plain", env={"FACTCLI_LANG": "it"}).stdout
    en = run("ask", "Vostochny", "--format", "plain", env={"FACTCLI_LANG": "en"}).stdout
    assert it != en and "Cosmodromo" in it and "Cosmodrome" in en
    asked = run("ask", "Where did Putin and Kim meet?", "--format", "plain", env={"FACTCLI_LANG": "it"}).stdout
    assert "Cosmodrome" in asked


SUMMIT = """\
format: 1
sources:
  - {id: log, title: Expedition log, language: en}
entities:
  - {id: party, kind: organisation, names: {en: [the sledge party], it: [la squadra delle slitte]}}
facts:
  - id: summit-reached
    type: date
    value: {date: "1900-04-25"}
    statement:
      en: The sledge party reached the summit cairn at noon on 25 April 1900.
      it: La squadra delle slitte raggiunse l'ometto di vetta a mezzogiorno del 25 aprile 1900.
    entities: [party]
    status: stated
    source: {id: log, excerpt: at noon}
  - id: camp-struck
    type: date
    value: {date: "1900-04-26"}
    statement: {en: The sledge party struck the summit camp on 26 April 1900., it: La squadra delle slitte smontò il campo di vetta il 26 aprile 1900.}
    entities: [party]
    status: stated
    source: {id: log, excerpt: struck the camp}
"""


@pytest.mark.parametrize(("question", "value", "verdict"), [
    ("What time did the sledge party reach the summit cairn?", "noon", None),
    ("A che ora la squadra delle slitte raggiunse l'ometto di vetta?", "mezzogiorno", None),
    ("Claim: the sledge party reached the summit cairn at 3 p.m.", None, "contradicted"),
    ("Claim: the sledge party reached the summit cairn at midday.", None, "confirmed"),
])
def test_noon_and_midnight_are_times_of_day(run: Any, write: Any, question: str, value: str | None,
                                            verdict: str | None) -> None:
    """"at noon", "a mezzogiorno" say a time of day (12:00): "What time...?" was refused as saying none."""
    data = json.loads(run("ask", question, "-f", str(write(SUMMIT)), "--format", "json").stdout)
    assert data["answer"]["id"] == "summit-reached", data
    assert (data.get("time") if value else data["verdict"]) == (value or verdict), data


DEPOT = """\
format: 1
sources:
  - {id: paper, title: City paper, language: en}
entities:
  - {id: tank, kind: thing, names: {en: [the oil tank, tank], it: [il serbatoio, serbatoio]}}
facts:
  - id: tank-site
    type: location
    value: {place: {en: 12 Harbour Street, it: 12 Harbour Street}, region: {en: the North End, it: il North End}}
    statement: {en: The oil tank stood at 12 Harbour Street in the North End., it: Il serbatoio sorgeva al 12 di Harbour Street nel North End.}
    entities: [tank]
    status: stated
    source: {id: paper, excerpt: stood at 12 Harbour Street}
  - id: tank-use
    type: event
    value: {name: {en: unloading oil from ships, it: scarico del petrolio dalle navi}}
    statement: {en: The oil tank was on the harbour street side for unloading oil from ships., it: Il serbatoio era sul lato della strada del porto per scaricare il petrolio dalle navi.}
    entities: [tank]
    status: stated
    source: {id: paper, excerpt: unloading oil from ships}
"""


@pytest.mark.parametrize("question", ["what street was the oil tank on", "In quale via si trovava il serbatoio?",
                                      "Which street was the tank in?"])
def test_which_street_or_town_asks_where(run: Any, write: Any, question: str) -> None:
    """"What street...?", "In quale via...?" ask for a place (the first got an event of the tank's use)."""
    data = json.loads(run("ask", question, "-f", str(write(DEPOT)), "--format", "json").stdout)
    assert (data["kind"], data["answer"]["id"]) == ("location", "tank-site"), data


CONTEST = """\
format: 1
sources:
  - {id: paper, title: City paper, language: it}
entities:
  - {id: contest, kind: event, names: {it: [il concorso della canzone], en: [the song contest]}}
facts:
  - id: songs-submitted
    type: count
    value: {number: 240, unit: {it: canzoni proposte, en: songs submitted}}
    statement: {it: Le 20 canzoni in gara furono scelte fra 240 proposte., en: The 20 competing songs were chosen from 240 submitted.}
    entities: [contest]
    status: stated
    source: {id: paper, excerpt: fra 240 proposte}
  - id: contest-years
    type: count
    value: {number: 3, unit: {it: anni, en: years}}
    statement: {it: Il concorso della canzone esiste da 3 anni., en: The song contest has existed for 3 years.}
    entities: [contest]
    status: stated
    source: {id: paper, excerpt: da 3 anni}
"""


@pytest.mark.parametrize(("question", "fact"), [
    ("Da quante canzoni proposte furono scelte le 20 in gara?", "songs-submitted"),
    ("From how many submitted songs were the 20 competing songs chosen?", "songs-submitted"),
    ("Da quanti anni esiste il concorso della canzone?", "contest-years"),
])
def test_da_quante_counts_time_only_before_a_unit_of_time(run: Any, write: Any, question: str, fact: str) -> None:
    """"Da quante canzoni...?" asks what they were chosen from, not for how long (every count was ruled out as
    "not a count of that very time", a new user's trial); "Da quanti anni...?" still asks a duration."""
    data = json.loads(run("ask", question, "-f", str(write(CONTEST)), "--format", "json").stdout)
    assert data["answer"]["id"] == fact, data


VENUES = """\
format: 1
sources:
  - {id: paper, title: City paper, language: it}
entities:
  - {id: fest, kind: event, names: {it: [il festival], en: [the festival]}}
  - {id: town, kind: place, names: {it: [Portoverde], en: [Portoverde]}}
  - {id: fair, kind: event, names: {it: [la fiera], en: [the fair]}}
facts:
  - id: festival-venue
    type: location
    value: {place: {it: Casinò di Portoverde, en: Portoverde Casino}, country: {it: Italia, en: Italy}}
    statement: {it: Il festival si tenne al Casinò di Portoverde., en: The festival was held at the Portoverde Casino.}
    entities: [fest, town]
    status: stated
    source: {id: paper, excerpt: si tenne al Casinò}
  - id: fair-venue
    type: location
    value: {place: {it: Valbruna, en: Valbruna}, region: {it: Liguria, en: Liguria}}
    statement: {it: La fiera si tenne a Valbruna in Liguria., en: The fair was held in Valbruna in Liguria.}
    entities: [fair]
    status: stated
    source: {id: paper, excerpt: a Valbruna}
"""


@pytest.mark.parametrize(("question", "fact"), [
    ("In che regione si trova Portoverde?", None),
    ("Which region is the festival in?", None),
    ("In che regione si tenne la fiera?", "fair-venue"),
    ("Dove si tenne il festival?", "festival-venue"),
])
def test_a_region_asked_is_not_answered_by_a_place_given_without_one(run: Any, write: Any, question: str,
                                                                    fact: str | None) -> None:
    """"In che regione si trova X?" got X's casino (a new user's trial): a place with no region does not say it."""
    out = run("ask", question, "-f", str(write(VENUES)), "--format", "json")
    got = json.loads(out.stdout)["answer"] if out.exit_code == 0 else None
    assert (got or {}).get("id") == fact, out.stdout


SINGER = """\
format: 1
sources:
  - {id: paper, title: City paper, language: en}
entities:
  - {id: ada, kind: person, names: {en: [Ada Neri], it: [Ada Neri]}}
facts:
  - id: ada-votes
    type: count
    value: {number: 50, unit: {en: votes, it: voti}}
    statement: {en: Ada Neri won with 50 votes., it: Ada Neri vinse con 50 voti.}
    entities: [ada]
    status: stated
    source: {id: paper, excerpt: won with 50 votes}
  - id: ada-moved
    type: event
    value: {name: {en: the move, it: il trasloco}}
    statement: {en: Ada Neri moved to Turin at a young age., it: Ada Neri si trasferì a Torino in giovane età.}
    entities: [ada]
    status: stated
    source: {id: paper, excerpt: at a young age}
"""


@pytest.mark.parametrize(("question", "fact"), [
    ("How old was Ada Neri when she won?", None),
    ("Quanti anni aveva Ada Neri quando vinse?", None),
    ("At what age did Ada Neri move to Turin?", "ada-moved"),
    ("How many votes did Ada Neri get?", "ada-votes"),
])
def test_how_old_is_not_answered_by_a_count_of_other_things(run: Any, write: Any, question: str,
                                                           fact: str | None) -> None:
    """"How old was Ada when she won?" got her 50 votes (a new user's trial): an age is a count of years, or a
    date to count from; the word "age" written out still reaches any fact that says it."""
    out = run("ask", question, "-f", str(write(SINGER)), "--format", "json")
    got = json.loads(out.stdout)["answer"] if out.exit_code == 0 else None
    assert (got or {}).get("id") == fact, out.stdout


DATED_BY = """\
format: 1
sources:
  - {id: paper, title: City paper, language: en}
entities:
  - {id: rossi, kind: person, names: {en: [Mayor Rossi, Rossi], it: [il sindaco Rossi, Rossi]}}
  - {id: law, kind: thing, names: {en: [the harbour law], it: [la legge sul porto]}}
  - {id: tower, kind: thing, names: {en: [the tower], it: [la torre]}}
facts:
  - id: law-passed
    type: date
    value: {date: "1964-02"}
    statement:
      en: The council passed the harbour law in February 1964, three months after the assassination of Mayor Rossi.
      it: Il consiglio approvò la legge sul porto nel febbraio 1964, tre mesi dopo l'assassinio del sindaco Rossi.
    entities: [law, rossi]
    status: stated
    source: {id: paper, excerpt: three months after the assassination}
  - id: first-ship
    type: date
    value: {date: "1965"}
    statement: {en: The first ship sailed in 1965., it: La prima nave salpò nel 1965.}
    status: stated
    source: {id: paper, excerpt: the first ship}
  - id: tower-fell
    type: date
    value: {date: "1902-07-14"}
    statement:
      en: The tower, after various warnings, fell on 14 July 1902.
      it: La torre, dopo vari segni, crollò il 14 luglio 1902.
    entities: [tower]
    status: stated
    source: {id: paper, excerpt: fell on 14 July 1902}
"""


@pytest.mark.parametrize(("question", "fact"), [
    ("In che anno fu assassinato il sindaco Rossi?", None),
    ("When was Mayor Rossi assassinated?", None),
    ("When was the harbour law passed?", "law-passed"),
    ("Quando salpò la prima nave?", "first-ship"),
    ("Quando crollò la torre?", "tower-fell"),
])
def test_a_date_is_not_of_the_event_it_is_dated_after(run: Any, write: Any, question: str, fact: str | None) -> None:
    """"When was Rossi killed?" is not answered by "passed in 1964, three months after the assassination of
    Rossi" (a new user's trial); "la prima nave" is first, not before, and a clause ends the phrase ("dopo vari
    segni premonitori, crollò")."""
    out = run("ask", question, "-f", str(write(DATED_BY)), "--format", "json")
    got = json.loads(out.stdout)["answer"] if out.exit_code == 0 else None
    assert (got or {}).get("id") == fact, out.stdout


def test_qual_asks_like_quale() -> None:
    """"Qual è / Qual era...?" (quale before a vowel) asks which: it was read as a yes/no question, whose words
    a claim's rules weigh (a new user's trial got a date for "Qual era il record prima del 1968?")."""
    from factcli.ask.claim_form import is_claim
    from factcli.ask.question import parse

    for text in ("Qual era il record olimpico prima del 1968?", "Qual è la capitale?", "Qual'è il record?"):
        q = parse(text)
        assert "qual" in q.frame and not is_claim(q), text


TITLE = """\
format: 1
sources:
  - {id: paper, title: City paper, language: it}
entities:
  - {id: ship, kind: thing, names: {it: [la nave Aurora, Aurora], en: [the ship Aurora, Aurora]}}
  - {id: cup, kind: thing, names: {it: [la Coppa del Mare], en: [the Sea Cup]}}
facts:
  - id: cup-from
    type: date
    value: {date: "1933-08-10"}
    statement: {it: L'Aurora vinse la Coppa del Mare che tenne dal 10 agosto 1933., en: The Aurora won the Sea Cup which she held from 10 August 1933.}
    entities: [ship, cup]
    status: stated
    source: {id: paper, excerpt: dal 10 agosto 1933}
  - id: cup-lost
    type: date
    value: {date: "1935-06-03"}
    statement: {it: L'Aurora perse la Coppa del Mare il 3 giugno 1935 dopo averla tenuta dal 1933., en: The Aurora lost the Sea Cup on 3 June 1935 having held it since 1933.}
    entities: [ship, cup]
    status: stated
    source: {id: paper, excerpt: il 3 giugno 1935}
"""


@pytest.mark.parametrize(("question", "fact"), [
    ("Fino a quando l'Aurora ha tenuto la Coppa del Mare?", "cup-lost"),
    ("Until when was the Sea Cup held by the Aurora?", "cup-lost"),
    ("Quando l'Aurora vinse la Coppa del Mare?", "cup-from"),
])
def test_until_when_asks_the_end(run: Any, write: Any, question: str, fact: str) -> None:
    """"Fino a quando...?" of two dates that answer alike is the later (it got the start, a new user's trial)."""
    data = json.loads(run("ask", question, "-f", str(write(TITLE)), "--format", "json").stdout)
    assert data["answer"]["id"] == fact, data


def test_a_when_after_a_where_question_is_a_clause() -> None:
    """"Where was Ada working when the war began?" asks where (it was read as a date question and refused)."""
    from factcli.ask.question import parse

    assert parse("Where was Ada working when the war began?").kind == "location"
    assert parse("When did Ada arrive where the war began?").kind == "date"
    assert parse("Where and when did Ada arrive?").kind in ("date", "location")


HAPPENINGS = """\
format: 1
sources:
  - {id: paper, title: City paper, language: it}
entities:
  - {id: trento, kind: place, names: {it: [Trento], en: [Trento]}}
  - {id: vols, kind: organisation, names: {it: [i volontari del fango], en: [the mud volunteers]}}
facts:
  - id: trento-flood
    type: event
    value: {name: {it: esondazione dell'Adige, en: the Adige overflowing}}
    statement: {it: A Trento l'Adige ruppe gli argini., en: In Trento the Adige broke its banks.}
    entities: [trento]
    status: stated
    source: {id: paper, excerpt: l'Adige ruppe gli argini}
  - id: vols-saved-books
    type: event
    value: {name: {it: libri salvati, en: books saved}}
    statement: {it: I volontari del fango salvarono migliaia di libri., en: The mud volunteers saved thousands of books.}
    entities: [vols]
    status: stated
    source: {id: paper, excerpt: salvarono migliaia di libri}
"""


@pytest.mark.parametrize(("question", "fact"), [
    ("Cosa successe a Trento?", "trento-flood"),
    ("Cosa accadde a Trento?", "trento-flood"),
    ("Cosa fecero i volontari del fango?", "vols-saved-books"),
])
def test_past_forms_of_happen_and_do_are_no_words_to_find(run: Any, write: Any, question: str, fact: str) -> None:
    """"Cosa successe / accadde / fecero...?" frame the question as "happened", "did" do (they were refused as
    words no fact uses, a new user's trial)."""
    data = json.loads(run("ask", question, "-f", str(write(HAPPENINGS)), "--format", "json").stdout)
    assert data["answer"]["id"] == fact, data
