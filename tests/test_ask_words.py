"""`factcli ask` on the words people use: typos, elisions, idioms, everyday speech in both languages.

Each case is a question the facts answer in other words than its own.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from tests.conftest import unanswered

# (question, the fact that answers it)
EVERYDAY = [
    ("Com'è arrivato Kim in Russia?", "kim-travelled-by-train"),
    ("Isn't Vostochny in the Amur region?", "summit-location-vostochny"),
    ("Quand'è stato il vertice di Hanoi?", "hanoi-summit-2019"),
    ("Is Russia running out of weapons?", "russia-war-arms-shortage"),
    ("How long has Kim been running North Korea?", "kim-came-to-power-end-2011"),
    ("Is Kim done talking with America?", "kim-rejects-us-diplomacy"),
    ("Dove si sono beccati Putin e Kim?", "summit-location-vostochny"),
    ("Kim ha chiuso con l'America?", "kim-rejects-us-diplomacy"),
    ("Chi vuole un'intesa a tre?", "lukashenko-trilateral-partnership"),
    ("Cosa pretende Pyongyang in cambio?", "north-korea-seeks-satellites-and-submarines"),
    ("La Russia è a corto di armi?", "russia-war-arms-shortage"),
    ("Quanti Stati ha girato Kim?", "kim-five-countries-visited"),
    ("Kim ha voltato le spalle agli americani?", "kim-rejects-us-diplomacy"),
    ("Had Kim ever set foot in Russia before?", "kim-second-russia-trip"),
    ("Has Kim given up on the Americans?", "kim-rejects-us-diplomacy"),
    ("What is Lukashenko keen on?", "lukashenko-trilateral-partnership"),
    ("Chi ha sostenuto la Corea del Nord nella guerra di Corea?", "soviet-support-korean-war"),
    ("What does Lukashenko want to create?", "lukashenko-trilateral-partnership"),
    ("Come ha viaggiato Kim fino in Russia?", "kim-travelled-by-train"),
    ("Ukraine war's effect on Kim's alliance?", "shift-accelerated-by-ukraine-war"),
    ("Where was Moscow's summit with Pyongyang held?", "summit-at-main-launch-site"),
    ("Dove si è svolto l'incontro tra Putin e Kim?", "summit-location-vostochny"),
    ("Where did the 2023 Putin–Kim summit take place?", "summit-at-main-launch-site"),
    ("What did Kim refer to as sacred?", "kim-quote-sacred-struggle"),
    ("Lukashenko si è detto interessato a una partnership trilaterale?", "lukashenko-trilateral-partnership"),
    ("So where did Putin roll out the red carpet for Kim?", "summit-location-vostochny"),
    ("Quanti viaggi fuori dal Paese ha fatto Kim?", "kim-nine-trips-abroad"),
    ("Con che cosa è arrivato Kim in Russia?", "kim-travelled-by-train"),
    ("Gap between Putin-Kim meetings?", "first-meeting-in-four-years"),
    ("Military cooperation: legal status?", "military-cooperation-illegal"),
    ("Which Russian region is home to the Vostochny Cosmodrome?", "summit-location-vostochny"),
    ("Alla fine dove si sono visti quei due?", "summit-location-vostochny"),
    ("Da quanto è che Kim comanda?", "kim-came-to-power-end-2011"),
    ("Si parlava di un accordo sulle armi tra i due?", "rumoured-arms-deal"),
]


@pytest.mark.parametrize("question,expected", EVERYDAY)
def test_everyday_words_reach_the_facts_words(run: Any, question: str, expected: str) -> None:
    """Elisions (com'è, isn't), idioms (running out, a corto di, voltare le spalle), slang (beccarsi),
    America for the United States, the noun after 'quanti', Putin standing for Russia."""
    assert json.loads(run("ask", question, "--json").stdout)["answer"]["id"] == expected


@pytest.mark.parametrize("question", ["Mi sai dire dove si sono incontrati Putin e Kim?",
                                      "Could you tell me where Putin and Kim met?"])
def test_polite_frames_are_not_topic_words(run: Any, question: str) -> None:
    """'Mi sai dire...', 'Could you tell me...' only frame the question."""
    data = json.loads(run("ask", question, "--json").stdout)
    assert data["kind"] == "location" and data["answer"]["id"] == "summit-location-vostochny"


def test_fast_typing_slips_in_short_words(run: Any) -> None:
    """A letter dropped from a short name (putn) or a double letter typed once (lota) is still understood;
    a short word that is merely near another ('stay', 'pesa') is not stretched into it."""
    where = json.loads(run("ask", "wheer did kim and putn meet", "--json").stdout)
    assert where["kind"] == "location" and where["answer"]["id"] in (
        "summit-location-vostochny", "summit-at-main-launch-site", "vostochny-in-russian-far-east")
    assert json.loads(run("ask", "cosa ha detto kim sacra lota", "--json").stdout)["answer"]["id"] == \
        "kim-quote-sacred-struggle"
    for question in ("Where did Kim stay in Russia?", "Quanto pesa Kim Jong-un?"):
        assert run("ask", question, "--json").exit_code == 1, question


def test_an_italian_future_finds_the_verb_the_facts_use(run: Any) -> None:
    """'chiederà' folds to 'chiedera', which the light stemmer leaves alone; the infinitive's stem
    (chiedere) is what the fact uses ('chieda')."""
    from factcli.core.text import other_stems, stem

    assert stem("chiedere") in other_stems("chiedera") and other_stems("chiedi") == ()
    data = json.loads(run("ask", "Che cosa chiederà la Russia alla Corea del Nord?", "--json").stdout)
    assert data["answer"]["id"] == "russia-seeks-shells-and-missiles"


def test_any_form_of_a_synonym_entry_finds_it() -> None:
    """'vedevano' finds the entry for 'vedere'; where two entries share a stem (sit, site) only what they
    agree on counts; and a word the facts use as it is ('hoped') gets no other form's synonyms."""
    from factcli import FactBase
    from factcli.index.synonyms import synonyms

    index = FactBase.load().index
    assert dict(synonyms(index, "vedevano", any_form=True))["incontro"] == 0.9
    assert synonyms(index, "vedevano") == ()
    assert synonyms(index, "sits", any_form=True) == () and synonyms(index, "hug", any_form=True) == ()  # not "huge"


@pytest.mark.parametrize("question,expected", [
    ("L'articolo dice che la cooperazione militare è illegale: perché?", "military-cooperation-illegal"),
    ("The article says this is Kim's second trip to Russia: when was the first?", "previous-russia-trip-2019"),
    ("Ho letto che Kim ha viaggiato in treno: è vero che il viaggio è stato lungo?", "kim-travelled-by-train"),
])
def test_pointing_at_the_source_is_not_part_of_the_question(run: Any, question: str, expected: str) -> None:
    """'the article says', 'ho letto che' point at the source; 'says' there asks for no quote, and 'letto'
    is not read as a typo of 'detto'."""
    assert json.loads(run("ask", question, "--json").stdout)["answer"]["id"] == expected


def test_an_english_form_the_stemmer_cuts_otherwise_still_meets_its_word() -> None:
    """'create' stems to 'cre' but 'creating' to 'creat': the other forms' stems are tried for an unknown word."""
    from factcli.core.text import other_stems

    assert "creat" in other_stems("create") and "chied" in other_stems("chiedera") and "sper" in other_stems("sperava")
    assert other_stems("met") == ()


POET_DIED = """\
format: 1
sources:
  - {id: paper, title: City paper, language: en}
entities:
  - {id: ada, kind: person, names: {en: [Ada Neri], it: [Ada Neri]}}
facts:
  - id: ada-died
    type: date
    value: {date: "1900"}
    statement: {en: Ada Neri died in 1900., it: Ada Neri morì nel 1900.}
    entities: [ada]
    status: stated
    source: {id: paper, excerpt: died in 1900}
  - id: ada-born
    type: date
    value: {date: "1850"}
    statement: {en: Ada Neri was born in 1850., it: Ada Neri nacque nel 1850.}
    entities: [ada]
    status: stated
    source: {id: paper, excerpt: born in 1850}
"""


RACE_TIME = """\
format: 1
sources:
  - {id: paper, title: City paper, language: it}
entities:
  - {id: race, kind: event, names: {en: [the Valley marathon], it: [la maratona della Valle]}}
facts:
  - id: race-time
    type: event
    value: {name: {en: winning time 2:15:16, it: tempo vincente 2:15:16}}
    statement: {en: The Valley marathon was won in a time of 2:15:16., it: La maratona della Valle fu vinta con il tempo di 2:15:16.}
    entities: [race]
    status: stated
    source: {id: paper, excerpt: tempo di 2:15:16}
"""


def test_che_tempo_faceva_asks_the_weather_not_a_time(run: Any, write: Any) -> None:
    """"Che tempo faceva alla maratona della Valle?" asks the weather: no fact says it, and the winning time is no
    answer (it was, at a confidence of 0.96, in a new user's trial); the refusal names the words. "Con che tempo
    fu vinta?" still asks the time."""
    path = str(write(RACE_TIME))
    weather = run("ask", "Che tempo faceva alla maratona della Valle?", "-f", path)
    assert weather.exit_code == 1 and "tempo faceva" in weather.stderr
    assert run("ask", "Con che tempo fu vinta la maratona della Valle?", "-f", path, "--json").exit_code == 0


APPENDIX = """\
format: 1
sources:
  - {id: paper, title: City paper, language: en}
entities:
  - {id: ada, kind: person, names: {en: [Ada Neri], it: [Ada Neri]}}
  - {id: race, kind: event, names: {en: [the Valley race], it: [la corsa della Valle]}}
facts:
  - id: appendix-weeks
    type: count
    value: {number: 6, unit: {en: weeks, it: settimane}}
    statement: {en: Six weeks before the Valley race Ada Neri had an appendix operation., it: Sei settimane prima della corsa della Valle Ada Neri fu operata di appendicite.}
    entities: [ada, race]
    status: stated
    source: {id: paper, excerpt: six weeks before the race}
"""


def test_a_particle_of_a_phrasal_verb_is_no_word_a_fact_must_say(run: Any, write: Any) -> None:
    """"...did Ada have her appendix out?": "out" completes the verb; the count of weeks answers (it was ruled out
    as "not a count of that very time", a new user's trial). The negative case: a word of content the fact does
    not say still rules it out."""
    path = str(write(APPENDIX))
    out = run("ask", "How long before the Valley race did Ada Neri have her appendix out?", "-f", path, "--format", "value")
    assert (out.exit_code, out.stdout) == (0, "6\n")
    knee = run("ask", "How long before the Valley race did Ada Neri hurt her knee?", "-f", path, "--format", "value")
    assert knee.exit_code == 1


def test_die_asks_what_died_says(run: Any, write: Any) -> None:
    """"When did Ada Neri die?" is answered by "died"; the negative case: "When did Ada Neri marry?" (a word no
    fact uses) is still refused."""
    path = str(write(POET_DIED))
    assert run("ask", "When did Ada Neri die?", "-f", path, "--format", "value").stdout == "1900\n"
    married = run("ask", "When did Ada Neri marry?", "-f", path, "--format", "value")
    assert married.exit_code == 1 and married.stdout == ""


def test_a_three_letter_name_typed_with_a_letter_twice_is_the_name(run: Any) -> None:
    """'Kimm' is Kim with the m typed twice (the commonest slip); 'Kima' is not Kim."""
    assert run("ask", "When did Kimm meet Trump?", "--format", "value").stdout == "2019\n"
    kimm = json.loads(run("ask", "When did Kimm meet Trump?", "--json", "--explain").stdout)["explain"]["entities"]
    kima = json.loads(run("ask", "When did Kima meet Trump?", "--json", "--explain").stdout)["explain"]["entities"]
    assert kimm.get("kim-jong-un") == ["kimm"] and "kim-jong-un" not in kima


FLOOD = """\
format: 1
sources:
  - {id: paper, title: City paper, language: en}
entities:
  - {id: flood, kind: event, names: {en: [the flood, flood], it: [l'alluvione, alluvione]}}
facts:
  - id: flood-deaths
    type: count
    value: {number: 21, unit: {en: people killed, it: persone uccise}}
    statement: {en: The flood killed 21 people., it: L'alluvione uccise 21 persone.}
    entities: [flood]
    status: stated
    source: {id: paper, excerpt: killed 21 people}
vocabulary:
  die: [killed]
"""


def test_a_short_verb_in_the_past_finds_its_vocabulary_entry(run: Any, write: Any) -> None:
    """'died' is 'die' in the past: the entry for 'die' finds 'killed' (found by a new user's trial)."""
    result = run("ask", "How many people died in the flood?", "-f", str(write(FLOOD)), "--format", "value")
    assert result.exit_code == 0 and result.stdout.strip() == "21"


PAPER = """\
format: 1
sources:
  - {id: paper, title: City paper, language: it}
entities:
  - {id: weekly, kind: organisation, names: {it: [il Settimanale, Settimanale], en: [the Weekly, Weekly]}}
facts:
  - id: why-buy-weekly
    type: event
    value: {name: {it: perché si compra, en: why people buy it}}
    statement:
      it: Secondo il direttore, il Settimanale si compra perché racconta il mondo meglio degli altri giornali.
      en: According to its editor, people buy the Weekly because it tells the world better than other papers.
    entities: [weekly]
    status: stated
    source: {id: paper, excerpt: racconta il mondo}
"""


def test_a_modal_verb_is_no_word_of_the_topic(run: Any, write: Any) -> None:
    """'dovrebbe' (should) only frames the question, like 'potrebbe'."""
    result = run("ask", "perché uno dovrebbe comprare il settimanale invece di altri giornali", "-f", str(write(PAPER)),
                 "--format", "json")
    assert result.exit_code == 0 and '"why-buy-weekly"' in result.stdout


QUAKE = """\
format: 1
sources:
  - {id: paper, title: City paper, language: en}
entities:
  - {id: lake, kind: place, names: {en: [Lake Reel], it: [lago Reel]}}
  - {id: tennessee, kind: place, names: {en: [Tennessee], it: [Tennessee]}}
facts:
  - id: lake-formed-1812
    type: event
    value: {name: {en: the lake formed, it: la nascita del lago}}
    statement: {en: Lake Reel in Tennessee was formed by the 1812 earthquake., it: Il lago Reel nel Tennessee nacque dal terremoto del 1812.}
    entities: [lake, tennessee]
    status: stated
    source: {id: paper, excerpt: formed by the 1812 earthquake}
  - id: great-quake-town
    type: event
    value: {name: {en: the town destroyed, it: la città distrutta}}
    statement: {en: The great quake shaped the old town., it: Il grande terremoto plasmò la vecchia città.}
    entities: []
    status: stated
    source: {id: paper, excerpt: The great quake shaped the old town}
"""


def test_a_wrong_guess_at_a_slip_is_one_stretch_not_a_veto(run: Any, write: Any) -> None:
    """'shapd' is no word of the file; read as a slip for 'shaped', which the lake's fact does not use, it costs
    that fact one stretch, not the answer."""
    result = run("ask", "Which lake in Tennessee was shapd by the 1812 earthquake?", "-f", str(write(QUAKE)),
                 "--format", "json")
    assert result.exit_code == 0 and '"lake-formed-1812"' in result.stdout


PERMITS = """\
format: 1
sources:
  - {id: paper, title: Town paper, language: en}
entities:
  - {id: council, kind: organisation, names: {it: [il consiglio comunale], en: [the town council, council]}}
facts:
  - id: permits-simplified
    type: event
    value: {name: {it: permessi semplificati, en: permits simplified}}
    statement:
      it: Il consiglio comunale ha ridotto la burocrazia per i permessi edilizi.
      en: The town council cut the bureaucracy around building permits.
    entities: [council]
    status: stated
    source: {id: paper, excerpt: cut the bureaucracy}
vocabulary:
  red tape: [bureaucracy, burocrazia]
"""


def test_a_vocabulary_entry_of_several_words_is_read_as_one(run: Any, write: Any) -> None:
    """An expression the file's vocabulary lists ("red tape") reaches the words it lists; its words apart do not."""
    path = str(write(PERMITS))
    found = run("ask", "Did the council cut the red tape for permits?", "-f", path, "--format", "json")
    assert found.exit_code == 0 and '"permits-simplified"' in found.stdout
    # Without the expression, "red" and "tape" are words no fact knows.
    apart = run("ask", "Did the council cut the red and sticky tape for permits?", "-f", path, "--format", "json")
    assert apart.exit_code == 1 and '"permits-simplified"' not in apart.stdout.split('"alternatives"')[0]


WINTER = """\
format: 1
sources:
  - {id: log, title: Expedition log, language: it}
entities:
  - {id: ship, kind: thing, names: {it: [la nave Aurora, Aurora], en: [the ship Aurora, Aurora]}}
facts:
  - id: wintered-bay
    type: location
    value: {place: {it: baia di Teplice, en: Teplice Bay}}
    statement: {it: La nave Aurora svernò nella baia di Teplice., en: The ship Aurora wintered in Teplice Bay.}
    entities: [ship]
    status: stated
    source: {id: log, excerpt: svernò nella baia}
vocabulary:
  passare l'inverno: [svernò]
"""


@pytest.mark.parametrize("question", ["Dove ha passato l'inverno la nave Aurora?", "Dove passò l'inverno l'Aurora?",
                                      "Dove passare l'inverno con l'Aurora?"])
def test_a_vocabulary_expression_is_read_in_any_form_of_its_words(run: Any, write: Any, question: str) -> None:
    """"ha passato l'inverno" is the entry "passare l'inverno" (it was refused: "inverno" no fact uses)."""
    out = run("ask", question, "-f", str(write(WINTER)), "--format", "json")
    assert out.exit_code == 0 and json.loads(out.stdout)["answer"]["id"] == "wintered-bay", out.stdout


def test_an_english_expression_is_read_in_any_form_of_its_words() -> None:
    """"pass away" is the entry "passed away", and "passed away" the entry "pass away" (each was refused: the
    stemmer cuts "pass" as a plural, "passed" as a past); another expression is not."""
    from factcli.ask.question import parse

    assert "passed away" in parse("When did Ada pass away?", {("passed", "away"): "passed away"}).words
    assert "pass away" in parse("When did Ada passed away?", {("pass", "away"): "pass away"}).words
    assert "passed away" in parse("When is Ada passing away?", {("passed", "away"): "passed away"}).words
    assert "passed away" not in parse("When did Ada pass over?", {("passed", "away"): "passed away"}).words


def test_a_question_reads_a_files_phrase_before_the_general_table() -> None:
    """The file's expressions come first, whole; the general phrase table still applies to the rest."""
    from factcli.ask.question import parse

    q = parse("I heard that they cut the red tape", {("red", "tape"): "red tape"})
    assert "red tape" in q.words and "red" not in q.words and "claim" in q.words
    assert "red tape" not in parse("I heard that they cut the red tape").words


AIRLINE = """\
format: 1
sources:
  - {id: paper, title: Town paper, language: en}
entities:
  - {id: flight, kind: event, names: {en: [the flight], it: [il volo]}}
  - {id: rossi, kind: person, names: {en: [Ada Rossi], it: [Ada Rossi]}}
facts:
  - id: operator
    type: event
    value: {name: {en: the operator, it: l'operatore}}
    statement: {en: The flight was run by Nordic Air Lines., it: Il volo era operato dalla compagnia aerea Nordic Air Lines.}
    entities: [flight]
    status: stated
    source: {id: paper, excerpt: run by Nordic Air Lines}
  - id: scorer
    type: event
    value: {name: {en: the best scorer, it: il miglior marcatore}}
    statement: {en: Ada Rossi was the season's best scorer., it: Ada Rossi fu il miglior marcatore della stagione.}
    entities: [rossi]
    status: stated
    source: {id: paper, excerpt: the season's best scorer}
vocabulary:
  airline: [Nordic Air Lines]
  capocannoniere: [miglior marcatore]
  compagnia aerea: [Nordic Air Lines]
"""


def test_a_vocabulary_entry_may_list_words_of_several_words(run: Any, write: Any) -> None:
    """An entry's words of several words ("miglior marcatore") reach the fact that says them; so does an
    expression whose listed words are absent, by its own words ("compagnia aerea")."""
    path = str(write(AIRLINE))
    for question, fact in (("Which airline was the flight run by?", "operator"), ("Chi fu il capocannoniere?", "scorer"),
                           ("compagnia aerea del volo", "operator")):
        result = run("ask", question, "-f", path, "--format", "json")
        assert result.exit_code == 0 and f'"{fact}"' in result.stdout, question


def test_words_of_several_words_do_not_reach_a_fact_without_them(run: Any, write: Any) -> None:
    """The negative case: a question asking about something else of the flight is not answered by its operator."""
    result = run("ask", "Which airport did the flight land at?", "-f", str(write(AIRLINE)), "--format", "json")
    assert unanswered(result)


MAYOR = """\
format: 1
sources:
  - {id: paper, title: Town paper, language: en}
entities:
  - {id: ada, kind: person, names: {en: [Ada Neri], it: [Ada Neri]}}
  - {id: oslo, kind: place, names: {en: [Oslo], it: [Oslo]}}
facts:
  - id: ada-mayor
    type: date
    value: {date: "1990"}
    statement: {en: Ada Neri became mayor of Oslo in 1990., it: Ada Neri divenne sindaca di Oslo nel 1990.}
    entities: [ada, oslo]
    status: stated
    source: {id: paper, excerpt: became mayor in 1990}
"""


def test_get_to_be_is_become_not_a_journey(run: Any, write: Any) -> None:
    """"When did Ada get to be mayor?" asks when she became it (found by a new user's trial)."""
    result = run("ask", "When did Ada Neri get to be mayor?", "-f", str(write(MAYOR)), "--format", "value")
    assert result.exit_code == 0 and result.stdout.strip() == "1990"


def test_a_refusal_names_the_words_the_user_wrote(run: Any, write: Any) -> None:
    """The phrase table reads "get to" as a journey, which no fact tells of: the message names "get to", the
    user's words, not the word they were read as."""
    result = run("ask", "When did Ada Neri get to Oslo?", "-f", str(write(MAYOR)))
    assert result.exit_code == 1 and "(no fact uses: get to)" in result.stderr


TREMOR = """\
format: 1
sources:
  - {id: paper, title: Town paper, language: en}
entities:
  - {id: tremor, kind: event, names: {en: [the Ashby earthquake], it: [il terremoto di Ashby]}}
  - {id: ashby, kind: place, names: {en: [Ashby], it: [Ashby]}}
facts:
  - id: ashby-founded
    type: date
    value: {date: "1820"}
    statement: {en: Ashby was founded in 1820., it: Ashby fu fondata nel 1820.}
    entities: [ashby]
    status: stated
    source: {id: paper, excerpt: founded in 1820}
  - id: tremor-date
    type: date
    value: {date: "1931-05-02"}
    statement: {en: The Ashby quake struck on 2 May 1931., it: Il terremoto di Ashby colpì il 2 maggio 1931.}
    entities: [tremor]
    status: stated
    source: {id: paper, excerpt: struck on 2 May 1931}
"""


def test_a_word_the_file_uses_is_no_slip_for_a_question_word(run: Any, write: Any) -> None:
    """"quake", which a statement uses, is not "quale" typed wrong; a word no fact uses still is put right
    ("quanfo" is quando)."""
    path = str(write(TREMOR))
    quake = run("ask", "When was the quake in Ashby?", "-f", path, "--format", "value")
    assert quake.exit_code == 0 and quake.stdout.strip() == "1931-05-02"
    slip = run("ask", "quanfo colpì il terremoto di Ashby?", "-f", path, "--format", "json")
    assert slip.exit_code == 0 and json.loads(slip.stdout)["kind"] == "date"


SLEDGES = """\
format: 1
sources:
  - {id: log, title: Expedition log, language: en}
entities:
  - {id: party, kind: organisation, names: {en: [the sledge party], it: [la squadra delle slitte]}}
  - {id: cagni, kind: person, names: {en: [Marco Cagni], it: [Marco Cagni]}}
  - {id: bill, kind: thing, names: {en: [the harbour bill], it: [la legge sul porto]}}
facts:
  - id: party-left
    type: date
    value: {date: "1900-03-11"}
    statement:
      en: Marco Cagni and the sledge party set out for the pole on 11 March 1900.
      it: Marco Cagni e la squadra delle slitte partirono per il polo l'11 marzo 1900.
    entities: [cagni, party]
    status: stated
    source: {id: log, excerpt: set out on 11 March}
  - id: votes-for
    type: count
    value: {number: 73, unit: {en: votes for, it: voti a favore}}
    statement: {en: The harbour bill passed with 73 votes for it., it: La legge sul porto passò con 73 voti a favore.}
    entities: [bill]
    status: stated
    source: {id: log, excerpt: 73 votes for it}
  - id: votes-against
    type: count
    value: {number: 27, unit: {en: votes against, it: voti contro}}
    statement: {en: 27 members voted against the harbour bill., it: 27 membri votarono contro la legge sul porto.}
    entities: [bill]
    status: stated
    source: {id: log, excerpt: 27 members voted against}
"""


@pytest.mark.parametrize(("question", "value"), [
    ("When did Cagni set off?", "1900-03-11"),
    ("How many voted against the harbour bill?", "27"),
    ("Quanti votarono contro la legge sul porto?", "27"),
])
def test_a_preposition_no_fact_uses_is_no_reason_to_abstain(run: Any, write: Any, question: str, value: str) -> None:
    """"set off" where the fact says "set out" ("off" vetoed it, a new user's trial); a preposition a fact does
    use still tells facts apart ("against" is the 27, not the 73)."""
    out = run("ask", question, "-f", str(write(SLEDGES)), "--format", "value")
    assert (out.exit_code, out.stdout) == (0, value + "\n")


def test_a_refusal_names_the_words_as_the_user_wrote_them(run: Any, write: Any) -> None:
    """Accents as typed ("guadagnò", not "guadagno") and the verb asked with ("durarono", not "duration")."""
    path = str(write(SLEDGES))
    out = run("ask", "Quanto guadagnò la squadra delle slitte?", "-f", path)
    assert out.exit_code == 1 and "guadagnò" in out.stderr, out.stderr
    out = run("ask", "Quanti giorni durarono le ricerche della squadra delle slitte?", "-f", path)
    assert out.exit_code == 1 and "durarono" in out.stderr and "duration" not in out.stderr, out.stderr


MEDAL = """\
format: 1
sources:
  - {id: paper, title: City paper, language: it}
entities:
  - {id: ada, kind: person, names: {it: [Ada Neri], en: [Ada Neri]}}
facts:
  - id: ada-medal
    type: date
    value: {date: "1900"}
    statement: {it: Ada Neri ha ricevuto la medaglia d'oro nel 1900., en: Ada Neri was given the gold medal in 1900.}
    entities: [ada]
    status: stated
    source: {id: paper, excerpt: ricevuto la medaglia}
"""


def test_a_past_in_ette_reaches_the_verbs_other_forms(run: Any, write: Any) -> None:
    """"Quando ricevette...?" reaches "ha ricevuto" (it was refused: "no fact uses: ricevette")."""
    out = run("ask", "Quando ricevette la medaglia Ada Neri?", "-f", str(write(MEDAL)), "--format", "value")
    assert (out.exit_code, out.stdout) == (0, "1900\n")


HOSPITAL = """\
format: 1
sources:
  - {id: paper, title: A paper, language: en}
facts:
  - id: children-hospital
    type: count
    value: {number: 15, unit: {it: bambini, en: children}}
    statement: {it: 15 bambini furono ricoverati in ospedale., en: 15 children were hospitalized.}
    status: stated
    source: {id: paper, excerpt: 15 children}
  - id: works-end
    type: date
    value: {date: 1977-05-01}
    statement: {it: I lavori finirono nel maggio 1977., en: The works came to an end in May 1977.}
    status: stated
    source: {id: paper, excerpt: May 1977}
"""


def test_a_refusal_names_the_word_no_fact_uses_even_when_it_was_let_pass(run: Any, write: Any) -> None:
    """"kids" was let pass, and still no fact answers: the refusal names it, the word a curator may map."""
    result = run("ask", "How many kids ended up in hospital?", "-f", str(write(HOSPITAL)))
    assert result.exit_code == 1 and result.stdout == ""
    assert "no fact uses: kids" in result.stderr


def test_a_refusal_names_no_word_when_every_word_is_known(run: Any, write: Any) -> None:
    """The negative case: asked in the facts' own words, it is answered."""
    result = run("ask", "How many children were hospitalized?", "-f", str(write(HOSPITAL)), "--format", "value")
    assert result.exit_code == 0 and result.stdout == "15\n"


PROTEST = """\
format: 1
sources:
  - {id: paper, title: A paper, language: it}
entities:
  - {id: ada, kind: person, names: {it: [Ada Rossi, Ada], en: [Ada Rossi, Ada]}}
  - {id: bruno, kind: person, names: {it: [Bruno Neri, Bruno], en: [Bruno Neri, Bruno]}}
facts:
  - id: protest
    type: event
    value: {name: {it: reclamo, en: protest}}
    statement: {it: Bruno Neri presentò reclamo e Ada Rossi fu squalificata., en: Bruno Neri lodged a protest and Ada Rossi was disqualified.}
    entities: [bruno, ada]
    status: stated
    source: {id: paper, excerpt: presentò reclamo}
  - id: born
    type: location
    value: {place: {it: contea di Kent, en: County Kent}}
    statement: {it: Bruno Neri nacque nella contea di Kent., en: Bruno Neri was born in County Kent.}
    entities: [bruno]
    status: stated
    source: {id: paper, excerpt: contea di Kent}
"""


@pytest.mark.parametrize("question", ["Chi fece reclamo contro Ada?", "Chi ha fatto reclamo contro Ada?",
                                      "Chi fece reclamoo contro Ada?"])
def test_a_particle_is_no_slip_for_a_facts_word(run: Any, write: Any, question: str) -> None:
    """"contro" is not "contea" (nor "conte") typed wrong: it needs no fact, and the protest answers; a word
    that needs a fact is still put right ("reclamoo")."""
    result = run("ask", question, "-f", str(write(PROTEST)), "--format", "json")
    assert result.exit_code == 0 and json.loads(result.stdout)["answer"]["id"] == "protest", result.stdout


BORN = """\
format: 1
sources:
  - {id: book, title: A book, language: en}
entities:
  - {id: ada, kind: person, names: {it: [Ada Rossi], en: [Ada Rossi]}}
facts:
  - id: ada-born-date
    type: date
    value: {date: 1890-05-23}
    statement: {it: Ada Rossi nacque il 23 maggio 1890., en: Ada Rossi was born on 23 May 1890.}
    entities: [ada]
    status: stated
    source: {id: book, excerpt: 23 May 1890}
  - id: ada-born-place
    type: location
    value: {place: {it: Lucca, en: Lucca}}
    statement: {it: Ada Rossi è nata a Lucca., en: Ada Rossi was born in Lucca.}
    entities: [ada]
    status: stated
    source: {id: book, excerpt: born in Lucca}
  - id: ada-died-place
    type: location
    value: {place: {it: Pisa, en: Pisa}}
    statement: {it: Ada Rossi morì a Pisa., en: Ada Rossi died in Pisa.}
    entities: [ada]
    status: stated
    source: {id: book, excerpt: died in Pisa}
"""


@pytest.mark.parametrize(("question", "fact"), [("ada rossi birthplace", "ada-born-place"),
                                                ("What was Ada Rossi's birthplace?", "ada-born-place"),
                                                ("ada rossi birthday", "ada-born-date"),
                                                ("Where was Ada Rossi born?", "ada-born-place")])
def test_a_noun_that_asks_a_question_asks_it(run: Any, write: Any, question: str, fact: str) -> None:
    """"birthplace" asks where someone was born (not when, nor where she died), "birthday" when."""
    result = run("ask", question, "-f", str(write(BORN)), "--format", "json")
    assert result.exit_code == 0 and json.loads(result.stdout)["answer"]["id"] == fact, result.stdout


DEATHS = """\
format: 1
sources:
  - {id: book, title: A book, language: it}
entities:
  - {id: ada, kind: person, names: {it: [Ada Neri], en: [Ada Neri]}}
  - {id: bruno, kind: person, names: {it: [Bruno Rossi], en: [Bruno Rossi]}}
facts:
  - id: ada-died
    type: date
    value: {date: 1844-03-05}
    statement: {it: Ada Neri morì a Susa il 5 marzo 1844., en: Ada Neri fell ill and passed on in Susa on 5 March 1844.}
    entities: [ada]
    status: stated
    source: {id: book, excerpt: morì a Susa}
  - id: overtaking
    type: location
    value: {place: {it: Wembley, en: Wembley}}
    statement: {it: Ada Neri superò Bruno Rossi a Wembley., en: Ada Neri overtook Bruno Rossi at Wembley.}
    entities: [ada, bruno]
    status: stated
    source: {id: book, excerpt: Wembley}
"""


@pytest.mark.parametrize(("question", "fact"), [("Quando è morta Ada Neri?", "ada-died"),
                                                ("When did Ada Neri fall ill?", "ada-died"),
                                                ("Where did Ada Neri overtake Bruno Rossi?", "overtaking")])
def test_another_form_of_an_irregular_verb_is_the_same_verb(run: Any, write: Any, question: str, fact: str) -> None:
    """"morta" is "morì", "fall" is "fell", "overtake" is "overtook" (each was refused: no fact uses the word)."""
    result = run("ask", question, "-f", str(write(DEATHS)), "--format", "json")
    assert result.exit_code == 0 and json.loads(result.stdout)["answer"]["id"] == fact, result.stdout


def test_an_irregular_verb_reaches_no_other_verb(run: Any, write: Any) -> None:
    """The negative case: "nuotò" (swam) is no form of "morì": no fact says it."""
    result = run("ask", "Dove nuotò Ada Neri?", "-f", str(write(DEATHS)))
    assert result.exit_code == 1 and "nuotò" in result.stderr


COURT = """\
format: 1
sources:
  - {id: paper, title: City paper, language: en}
entities:
  - {id: case, kind: event, names: {en: [Rossi v. Avon], it: [Rossi contro Avon]}}
facts:
  - id: case-decision
    type: date
    value: {date: "1901-05-17"}
    statement: {en: The court handed down its decision in Rossi v. Avon on 17 May 1901., it: La corte emise la sua sentenza nella causa Rossi contro Avon il 17 maggio 1901.}
    entities: [case]
    status: stated
    source: {id: paper, excerpt: its decision}
"""


@pytest.mark.parametrize("question", ["When was Rossi v. Avon decided?", "When did the court decide Rossi v. Avon?"])
def test_a_verb_reaches_the_noun_of_its_act(run: Any, write: Any, question: str) -> None:
    """"decided" is said by "the decision" (decide/decision, explode/explosion: English's regular act nouns),
    where no fact uses the verb."""
    data = json.loads(run("ask", question, "-f", str(write(COURT)), "--format", "json").stdout)
    assert data["answer"]["id"] == "case-decision", data


def test_act_nouns_of_verbs() -> None:
    """The negative case too: a verb of no such noun gets none."""
    from factcli.core.text import other_stems, stem

    assert stem("decision") in other_stems("decided") and stem("explosion") in other_stems("explode")
    assert not any(t.endswith("sion") for t in other_stems("walked"))


def test_a_participle_in_wn_is_a_form_of_its_verb() -> None:
    """"shown", "known", "thrown" are forms of show, know, throw (not slips to be guessed at); a word that only
    ends in -n, such as "town", is none."""
    from factcli.core.text import other_stems

    assert other_stems("shown") == ("show",) and "know" in other_stems("known") and other_stems("town") == ()


HARBOUR_SHIPS = """\
format: 1
sources:
  - {id: paper, title: City paper, language: en}
entities:
  - {id: rossi, kind: person, names: {en: [Ada Rossi, Rossi], it: [Ada Rossi, Rossi]}}
facts:
  - id: ships-came
    type: date
    value: {date: "1901-05-03"}
    statement: {en: More ships came to meet Rossi on 3 May 1901., it: Altre navi vennero incontro a Rossi il 3 maggio 1901.}
    entities: [rossi]
    status: stated
    source: {id: paper, excerpt: More ships came}
"""


def test_more_is_a_function_word_as_piu_is(run: Any, write: Any) -> None:
    """"more" says no more than "più" does: the Italian "morì" (died) must not meet it as the same stem."""
    assert unanswered(run("ask", "Quando morì Rossi?", "-f", str(write(HARBOUR_SHIPS)), "--format", "json"))
    data = json.loads(run("ask", "When did more ships come to meet Rossi?", "-f", str(write(HARBOUR_SHIPS)),
                          "--format", "json").stdout)
    assert data["answer"]["id"] == "ships-came", data


TRIPS = """\
format: 1
sources:
  - {id: paper, title: City paper, language: en}
entities:
  - {id: rossi, kind: person, names: {en: [Ada Rossi, Rossi], it: [Ada Rossi, Rossi]}}
  - {id: bianchi, kind: person, names: {en: [Lia Bianchi, Bianchi], it: [Lia Bianchi, Bianchi]}}
facts:
  - id: bianchi-ship
    type: event
    value: {name: {en: the captaincy, it: il comando}}
    statement: {en: Lia Bianchi captained the ship., it: Lia Bianchi comandava la nave.}
    entities: [bianchi]
    status: stated
    source: {id: paper, excerpt: captained the ship}
  - id: rossi-trips
    type: count
    value: {number: 5, unit: {en: trips, it: viaggi}}
    statement: {en: Ada Rossi made five trips to Lisbon after meeting Lia Bianchi., it: Ada Rossi fece cinque viaggi a Lisbona dopo aver conosciuto Lia Bianchi.}
    entities: [rossi, bianchi]
    status: stated
    source: {id: paper, excerpt: five trips to Lisbon}
"""


@pytest.mark.parametrize("claim", ["Claim: Ada Rossi made more trips to Lisbon than Bianchi",
                                   "È vero che Ada Rossi fece più viaggi a Lisbona di Bianchi?"])
def test_a_comparison_is_confirmed_only_by_a_fact_that_compares(run: Any, write: Any, claim: str) -> None:
    """"more ... than Bianchi" compares (the function words are no index terms): five trips of Rossi's alone do
    not confirm it; "five trips" still is."""
    data = json.loads(run("ask", claim, "-f", str(write(TRIPS)), "--format", "json").stdout or "{}")
    assert data.get("verdict") != "confirmed", data
    plain = json.loads(run("ask", "Claim: Ada Rossi made five trips to Lisbon", "-f", str(write(TRIPS)),
                           "--format", "json").stdout)
    assert plain["verdict"] == "confirmed", plain


FERRY = """\
format: 1
sources:
  - {id: paper, title: The Gazette, language: en}
entities:
  - {id: ferry, kind: thing, names: {en: [the Aurora, the ferry], it: [l'Aurora, il traghetto]}}
facts:
  - id: ferry-passengers
    type: count
    value: {number: 75, unit: {en: passengers, it: passeggeri}}
    statement: {en: The Aurora carried 75 passengers., it: L'Aurora trasportava 75 passeggeri.}
    entities: [ferry]
    status: stated
    source: {id: paper, excerpt: carried 75 passengers}
  - id: ferry-disaster
    type: date
    value: {date: "1991-04-10"}
    statement: {en: The disaster of the Aurora took place on 10 April 1991., it: La tragedia dell'Aurora avvenne il 10 aprile 1991.}
    entities: [ferry]
    status: stated
    source: {id: paper, excerpt: took place on 10 April 1991}
  - id: ferry-launched
    type: date
    value: {date: "1967"}
    statement: {en: The Aurora was launched in 1967 after the tragedy of her sister ship., it: L'Aurora fu varata nel 1967 dopo la tragedia della nave gemella.}
    entities: [ferry]
    status: stated
    source: {id: paper, excerpt: launched in 1967}
"""


@pytest.mark.parametrize(("question", "fact"), [
    ("How many passengers were aboard the Aurora?", "ferry-passengers"),
    ("Quando è successa la tragedia dell'Aurora?", "ferry-disaster"),
])
def test_words_that_add_nothing_to_the_question_do_not_refuse_it(run: Any, write: Any, question: str,
                                                                  fact: str) -> None:
    """"aboard" in a count of people on a ship, "successa" beside "quando": the question is the rest, and they
    are no words the facts lack."""
    result = run("ask", question, "-f", str(write(FERRY)), "--format", "json", "--explain")
    data = json.loads(result.stdout)
    assert result.exit_code == 0 and data["answer"]["id"] == fact, result.stdout
    assert data["explain"]["unknown_words"] == []


TOWN = """\
format: 1
sources:
  - {id: paper, title: The Gazette, language: en}
entities:
  - {id: town, kind: place, names: {en: [Ravello], it: [Ravello]}}
facts:
  - id: traffic
    type: event
    value: {name: {en: major traffic problems, it: gravi problemi di traffico}}
    statement: {en: The closure of the bridge caused major traffic problems in Ravello., it: La chiusura del ponte causò gravi problemi di traffico a Ravello.}
    entities: [town]
    status: stated
    source: {id: paper, excerpt: major traffic problems}
  - id: dead
    type: count
    value: {number: 12, unit: {en: people, it: persone}}
    statement: {en: Twelve people died in Ravello when the bridge fell., it: Dodici persone morirono a Ravello nel crollo del ponte.}
    entities: [town]
    status: stated
    source: {id: paper, excerpt: Twelve people died}
"""


@pytest.mark.parametrize(("question", "word", "terms"), [
    ("Who was the mayor of Ravello?", "mayor", []),  # a word of its own, not "major" mistyped
    ("traffc problems in ravello", "traffc", ["traffic"]),  # no word of either language: a slip
])
def test_a_real_word_is_no_slip_for_another(run: Any, write: Any, question: str, word: str, terms: list[str]) -> None:
    """A word of English or Italian is read as itself, or as another form of itself, never as another word
    that differs by a letter; a word of neither language may be a slip for one the facts use."""
    result = run("ask", question, "-f", str(write(TOWN)), "--format", "json", "--explain")
    assert json.loads(result.stdout)["explain"]["matched_terms"][word] == terms, result.stdout



TOWN_HALL = """\
format: 1
sources:
  - {id: paper, title: City paper, language: en}
entities:
  - {id: rossi, kind: person, names: {en: [Anna Rossi, Rossi], it: [Anna Rossi, Rossi]}}
facts:
  - id: rossi-leads
    type: event
    value: {name: {en: led the council, it: guidò il consiglio}}
    statement: {en: Anna Rossi led the town council from 1990., it: Anna Rossi guidò il consiglio comunale dal 1990.}
    entities: [rossi]
    status: stated
    source: {id: paper, excerpt: led the town council}
vocabulary:
  mayor: [led the council]
"""


@pytest.mark.parametrize(("question", "expected"), [("Who was the mayor of the town?", "Anna Rossi\n"),
                                                    ("Who was the mayorr of the town?", "Anna Rossi\n"),
                                                    ("Who was the manor of the town?", "")])
def test_a_slip_of_a_vocabulary_word_finds_what_it_lists(run: Any, write: Any, question: str, expected: str) -> None:
    """A word no fact uses that is a slip of a vocabulary entry's word ("mayorr") reaches what the entry lists; a
    real word near it ("manor") is no slip of it."""
    result = run("ask", question, "-f", str(write(TOWN_HALL)), "--format", "value")
    assert (result.exit_code, result.stdout) == ((0, expected) if expected else (1, "")), result.stdout


FERRY_LEFT = """\
format: 1
sources:
  - {id: log, title: Harbour log, language: en}
entities:
  - {id: ferry, kind: thing, names: {en: [the Aurora ferry, Aurora], it: [il traghetto Aurora, Aurora]}}
  - {id: port, kind: place, names: {en: [Porto Nuovo], it: [Porto Nuovo]}}
facts:
  - id: ferry-departure
    type: date
    value: {date: "1991-04-10"}
    statement: {en: The Aurora ferry left Porto Nuovo on 10 April 1991., it: Il traghetto Aurora partì da Porto Nuovo il 10 aprile 1991.}
    entities: [ferry, port]
    status: stated
    source: {id: log, excerpt: left Porto Nuovo}
"""


@pytest.mark.parametrize("question", ["When did the Aurora ferry leave Porto Nuovo?",
                                      "When was the Aurora ferry leaving Porto Nuovo?"])
def test_a_form_of_a_common_irregular_verb_finds_the_one_the_fact_says(run: Any, write: Any, question: str) -> None:
    """"leave" and "leaving" find a fact that says "left", which no stem or dictionary of lemmas relates to them."""
    result = run("ask", question, "-f", str(write(FERRY_LEFT)), "--format", "value")
    assert (result.exit_code, result.stdout) == (0, "1991-04-10\n"), result.stdout



@pytest.mark.parametrize(("question", "helpers"), [("Quando venne inaugurata l'autostrada?", {"venne"}),
                                                   ("Quale città veniva toccata due volte?", {"veniva"}),
                                                   ("Il treno veniva da Verona?", set())])
def test_venire_as_the_helper_of_a_passive_is_no_word_of_the_question(question: str, helpers: set[str]) -> None:
    """"venne inaugurata" is "fu inaugurata": the helper is no word a fact must say; "veniva da" (came from) is."""
    from factcli.ask.question import parse
    from factcli.ask.reading import passive_helpers

    assert passive_helpers(parse(question).words) == helpers


DEATH = """\
format: 1
sources:
  - {id: paper, title: The Gazette, language: en}
entities:
  - {id: rossi, kind: person, names: {en: [Ada Rossi, Rossi], it: [Ada Rossi, Rossi]}}
  - {id: oslo, kind: place, names: {en: [Oslo], it: [Oslo]}}
facts:
  - id: rossi-death-oslo
    type: location
    value: {place: {en: Oslo, it: Oslo}}
    statement: {en: Ada Rossi met her death in Oslo., it: Ada Rossi trovò la morte a Oslo.}
    entities: [rossi, oslo]
    status: stated
    source: {id: paper, excerpt: met her death in Oslo}
"""


def test_a_letter_left_out_of_a_short_word_of_no_language(run: Any, write: Any) -> None:
    """'deth', a word of neither language, is 'death' with a letter left out; 'dent', a word of its own, is not
    stretched to anything the facts say."""
    facts = str(write(DEATH))
    assert json.loads(run("ask", "rossi deth place", "-f", facts, "--json").stdout)["answer"]["id"] == "rossi-death-oslo"
    assert run("ask", "rossi dent place", "-f", facts, "--json").exit_code == 1


MEMOIR = """\
format: 1
sources:
  - {id: book, title: A book, language: en}
entities:
  - {id: ada, kind: person, names: {it: [Ada Neri], en: [Ada Neri]}}
facts:
  - id: memoir-1850
    type: date
    value: {date: "1850"}
    statement: {en: Ada Neri wrote her memoir in 1850., it: Ada Neri scrisse le sue memorie nel 1850.}
    entities: [ada]
    status: stated
    source: {id: book, excerpt: wrote her memoir in 1850}
  - id: comet-1843
    type: date
    value: {date: "1843"}
    statement: {en: Ada Neri saw the great comet in 1843., it: Ada Neri vide la grande cometa nel 1843.}
    entities: [ada]
    status: stated
    source: {id: book, excerpt: saw the great comet in 1843}
  - id: memoir-1860
    type: date
    value: {date: "1860"}
    statement: {en: Ada Neri read her memoir aloud in 1860., it: Ada Neri lesse ad alta voce le sue memorie nel 1860.}
    entities: [ada]
    status: stated
    source: {id: book, excerpt: read her memoir aloud in 1860}
  - id: comet-1845
    type: date
    value: {date: "1845"}
    statement: {en: Ada Neri painted the great comet in 1845., it: Ada Neri dipinse la grande cometa nel 1845.}
    entities: [ada]
    status: stated
    source: {id: book, excerpt: painted the great comet in 1845}
"""


@pytest.mark.parametrize(("question", "fact"), [("When was Ada Neri's memoir written?", "memoir-1850"),
                                                ("When did Ada Neri see the comet?", "comet-1843")])
def test_written_is_wrote_and_see_is_saw(run: Any, write: Any, question: str, fact: str) -> None:
    """"written" is "wrote", "see" is "saw": the fact that says it, not another of the same memoir or comet."""
    result = run("ask", question, "-f", str(write(MEMOIR)), "--format", "json")
    assert result.exit_code == 0 and json.loads(result.stdout)["answer"]["id"] == fact, result.stdout


def test_a_form_of_write_reaches_no_other_verb(run: Any, write: Any) -> None:
    """The negative case: "sold" is no form of "wrote": no fact says it."""
    result = run("ask", "When did Ada Neri sell her memoir?", "-f", str(write(MEMOIR)))
    assert result.exit_code == 1 and "sell" in result.stderr
